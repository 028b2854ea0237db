package org.appsupervision.notice.rectification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RectificationReportRepository implements PanacheRepositoryBase<RectificationReport, UUID> {

    /** The report if it belongs to the enterprise with this credit code; another enterprise's is not disclosed. */
    public Optional<RectificationReport> ofEnterprise(UUID id, String creditCode) {
        return findByIdOptional(id).filter(r -> r.operatorCreditCode.equals(creditCode));
    }

    /** Whether the item's enterprise has submitted a report for it (whatever its re-check found). */
    public boolean submittedFor(UUID itemId) {
        return count("itemId = ?1 and status = ?2", itemId, RectificationReport.Status.SUBMITTED) > 0;
    }
}
