package org.appsupervision.penalty.deadline;

import java.time.LocalDate;
import java.util.UUID;
import org.appsupervision.platform.calendar.WorkingDayCalendar.CountRule;

/** A case's time limit as the API shows it: the date, how it was computed, and the rule it comes from. */
public record DeadlineView(UUID id, UUID caseId, DeadlineKind kind, LocalDate fromDate, int days, CountRule rule,
        LocalDate dueDate, String explanation, String legalRule, CaseDeadline.Status status, LocalDate metOn,
        boolean overdue) {

    public static DeadlineView of(CaseDeadline d, LocalDate today) {
        boolean overdue = d.status == CaseDeadline.Status.OPEN && d.kind.bureauObligation() && d.dueDate.isBefore(today);
        return new DeadlineView(d.id, d.caseId, d.kind, d.fromDate, d.days, d.rule, d.dueDate, d.explanation,
                d.legalRule, d.status, d.metOn, overdue);
    }
}
