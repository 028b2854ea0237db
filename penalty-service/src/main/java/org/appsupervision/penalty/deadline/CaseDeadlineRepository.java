package org.appsupervision.penalty.deadline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.platform.calendar.WorkingDayCalendar.CountRule;

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

    /** Open deadlines due on or before {@code until}, of one bureau or all (null), earliest first. */
    public List<CaseDeadline> openDueBy(LocalDate until, String provinceCode) {
        String query = "status = ?1 and dueDate <= ?2"
                + (provinceCode == null ? "" : " and caseId in (select c.id from PenaltyCase c where c.bureauProvinceCode = ?3)")
                + " order by dueDate";
        return provinceCode == null
                ? list(query, CaseDeadline.Status.OPEN, until)
                : list(query, CaseDeadline.Status.OPEN, until, provinceCode);
    }
}
