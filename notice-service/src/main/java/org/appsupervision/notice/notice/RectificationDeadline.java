package org.appsupervision.notice.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.appsupervision.platform.calendar.WorkingDayCalendar;
import org.appsupervision.platform.calendar.WorkingDayCalendar.Deadline;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * The rectification deadline of a notice, counted from its publication day in Beijing time: a number of
 * calendar days (the default) or working days, or a fixed date that must lie after publication.
 */
public final class RectificationDeadline {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private RectificationDeadline() {
    }

    public static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    public static Deadline compute(NoticeTerms terms, Instant publishedAt, WorkingDayCalendar calendar) {
        LocalDate published = publishedAt.atZone(BEIJING).toLocalDate();
        if (terms.deadline() != null) {
            if (!terms.deadline().isAfter(published)) {
                throw new ProblemException(ProblemTypes.UNPROCESSABLE, "The deadline " + terms.deadline()
                        + " is not after the publication date " + published + "; draft a new notice with a later deadline");
            }
            Deadline counted = calendar.addCalendarDays(published,
                    (int) (terms.deadline().toEpochDay() - published.toEpochDay()));
            return new Deadline(counted.date(), counted.rule(), counted.days(), published, counted.skipped(),
                    counted.yearsWithoutCalendar(), "fixed date " + terms.deadline() + " set by the drafter ("
                            + counted.days() + " calendar days after publication on " + published + ")");
        }
        int days = terms.rectificationDays() == null ? NoticeTerms.DEFAULT_RECTIFICATION_DAYS : terms.rectificationDays();
        return Boolean.TRUE.equals(terms.workingDays()) ? calendar.addWorkingDays(published, days)
                : calendar.addCalendarDays(published, days);
    }
}
