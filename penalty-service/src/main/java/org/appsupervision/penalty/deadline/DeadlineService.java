package org.appsupervision.penalty.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CaseRepository;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;

/** Lists the cases' time limits that are due soon or overdue, per bureau, earliest first. */
@ApplicationScoped
public class DeadlineService {

    private static final String LIST = "deadlines";

    private final CaseDeadlineRepository deadlines;
    private final CaseRepository cases;
    private final CaseClock clock;

    public DeadlineService(CaseDeadlineRepository deadlines, CaseRepository cases, CaseClock clock) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.clock = clock;
    }

    /** Open time limits due within {@code withinDays} of {@code on} (today if null), overdue ones included. */
    @Transactional
    public Page<DueDeadline> dueSoon(BureauScope scope, int withinDays, LocalDate on, PageRequest page) {
        LocalDate today = on == null ? clock.today() : on;
        return Page.of(deadlines.openDue(today, today.plusDays(withinDays), scope.provinceCode(), page.after(LIST),
                page.limit() + 1), page.limit(), d -> Cursor.encode(LIST, d.dueDate, d.id), d -> {
                    PenaltyCase c = cases.findById(d.caseId);
                    return new DueDeadline(c.caseNumber, c.bureauProvinceCode, c.subjectName, c.stage,
                            DeadlineView.of(d, today));
                });
    }
}
