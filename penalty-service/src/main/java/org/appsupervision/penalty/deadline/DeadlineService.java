package org.appsupervision.penalty.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.proposal.BureauScope;

/** Lists the time limits that are due soon or overdue, per bureau. */
@ApplicationScoped
public class DeadlineService {

    private final CaseDeadlineRepository deadlines;
    private final CaseClock clock;

    public DeadlineService(CaseDeadlineRepository deadlines, CaseClock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Open time limits due within {@code withinDays} of {@code on} (today if null), overdue ones included. */
    @Transactional
    public List<DeadlineView> dueSoon(BureauScope scope, int withinDays, LocalDate on) {
        LocalDate today = on == null ? clock.today() : on;
        return deadlines.openDueBy(today.plusDays(withinDays), scope.provinceCode()).stream()
                .filter(d -> d.kind.bureauObligation() || !d.dueDate.isBefore(today))
                .map(d -> DeadlineView.of(d, today)).toList();
    }
}
