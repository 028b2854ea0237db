package org.appsupervision.penalty.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.appsupervision.events.HolidayCalendarChanged;
import org.appsupervision.penalty.deadline.DeadlineBook;

/** Keeps the holiday calendar copy current and recomputes open working-day deadlines when it changes. */
@ApplicationScoped
public class HolidayCalendarService {

    private final HolidayCalendar calendar;
    private final DeadlineBook deadlines;

    public HolidayCalendarService(HolidayCalendar calendar, DeadlineBook deadlines) {
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(HolidayCalendarChanged event) {
        calendar.replaceYear(event.year(), event.holidays(), event.adjustedWorkingDays(), event.changedBy(),
                event.changedAt());
        deadlines.recomputeOpen();
    }
}
