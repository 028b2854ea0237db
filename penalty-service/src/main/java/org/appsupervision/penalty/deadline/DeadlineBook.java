package org.appsupervision.penalty.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.calendar.HolidayCalendar;
import org.appsupervision.platform.calendar.WorkingDayCalendar;
import org.appsupervision.platform.calendar.WorkingDayCalendar.CountRule;
import org.appsupervision.platform.calendar.WorkingDayCalendar.Deadline;

/** The deadline calculator of the cases: starts, meets, extends and recomputes statutory time limits. */
@ApplicationScoped
public class DeadlineBook {

    private final CaseDeadlineRepository deadlines;
    private final HolidayCalendar calendar;

    public DeadlineBook(CaseDeadlineRepository deadlines, HolidayCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** Computes the due date of a time limit that starts on {@code from} and records it with its computation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDeadline start(UUID caseId, DeadlineKind kind, LocalDate from) {
        deadlines.openOf(caseId, kind).ifPresent(d -> d.status = CaseDeadline.Status.CLOSED);
        CaseDeadline deadline = new CaseDeadline();
        deadline.id = UUID.randomUUID();
        deadline.caseId = caseId;
        deadline.kind = kind;
        deadline.fromDate = from;
        deadline.days = kind.days();
        deadline.rule = kind.rule();
        deadline.legalRule = kind.legalRule();
        deadline.status = CaseDeadline.Status.OPEN;
        compute(deadline, calendar.current(), null);
        deadlines.persist(deadline);
        return deadline;
    }

    /** Computes a time limit without recording it, to check a date against it. */
    public Deadline preview(DeadlineKind kind, LocalDate from) {
        return count(calendar.current(), kind.rule(), from, kind.days());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void meet(UUID caseId, DeadlineKind kind, LocalDate on) {
        deadlines.openOf(caseId, kind).ifPresent(d -> {
            d.status = CaseDeadline.Status.MET;
            d.metOn = on;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void close(UUID caseId, DeadlineKind kind) {
        deadlines.openOf(caseId, kind).ifPresent(d -> d.status = CaseDeadline.Status.CLOSED);
    }

    /** Lengthens an open time limit, keeping the reason in its explanation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDeadline extend(UUID caseId, DeadlineKind kind, int extraDays, String reason) {
        CaseDeadline deadline = deadlines.openOf(caseId, kind)
                .orElseThrow(() -> new IllegalStateException("No open " + kind + " deadline"));
        deadline.days += extraDays;
        compute(deadline, calendar.current(), "extended by " + extraDays + " days: " + reason);
        return deadline;
    }

    /** After a calendar change: every open deadline counted in working days gets a fresh date and explanation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeOpen() {
        WorkingDayCalendar current = calendar.current();
        List<CaseDeadline> open = deadlines.openCountedInWorkingDays();
        for (CaseDeadline deadline : open) {
            compute(deadline, current, "recomputed after a holiday calendar change");
        }
        return open.size();
    }

    private static void compute(CaseDeadline deadline, WorkingDayCalendar calendar, String note) {
        Deadline computed = count(calendar, deadline.rule, deadline.fromDate, deadline.days);
        deadline.dueDate = computed.date();
        deadline.explanation = note == null ? computed.explanation() : computed.explanation() + "; " + note;
        deadline.computedAt = Instant.now();
    }

    private static Deadline count(WorkingDayCalendar calendar, CountRule rule, LocalDate from, int days) {
        return rule == CountRule.WORKING_DAYS ? calendar.addWorkingDays(from, days) : calendar.addCalendarDays(from, days);
    }
}
