package org.appsupervision.penalty.deadline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.platform.calendar.WorkingDayCalendar.CountRule;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;

@ApplicationScoped
public class CaseDeadlineRepository implements PanacheRepositoryBase<CaseDeadline, UUID> {

    public List<CaseDeadline> ofCase(UUID caseId) {
        return list("caseId = ?1 order by fromDate, kind", caseId);
    }

    public Optional<CaseDeadline> openOf(UUID caseId, DeadlineKind kind) {
        return find("caseId = ?1 and kind = ?2 and status = ?3", caseId, kind, CaseDeadline.Status.OPEN)
                .firstResultOptional();
    }

    public List<CaseDeadline> openCountedInWorkingDays() {
        return list("status = ?1 and rule = ?2", CaseDeadline.Status.OPEN, CountRule.WORKING_DAYS);
    }

    /**
     * Open deadlines due from {@code today} to {@code until}, and the bureau's own obligations also when overdue, of
     * one bureau or all (null); earliest first (then by id), after the cursor's row, at most {@code limit}.
     */
    public List<CaseDeadline> openDue(LocalDate today, LocalDate until, String provinceCode, Cursor after, int limit) {
        StringBuilder query = new StringBuilder("status = :open and dueDate <= :until"
                + " and (dueDate >= :today or kind in :obligations)");
        Parameters parameters = Parameters.with("open", CaseDeadline.Status.OPEN).and("until", until)
                .and("today", today).and("obligations", Arrays.stream(DeadlineKind.values())
                        .filter(DeadlineKind::bureauObligation).toList());
        if (provinceCode != null) {
            query.append(" and caseId in (select c.id from PenaltyCase c where c.bureauProvinceCode = :province)");
            parameters.and("province", provinceCode);
        }
        if (after != null) {
            query.append(" and ").append(Keyset.after(false, "dueDate", "id"));
            parameters.and("k0", after.date(0)).and("k1", after.uuid(1));
        }
        query.append(" order by ").append(Keyset.order(false, "dueDate", "id"));
        return find(query.toString(), parameters).page(0, limit).list();
    }
}
