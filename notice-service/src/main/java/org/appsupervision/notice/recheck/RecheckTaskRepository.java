package org.appsupervision.notice.recheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecheckTaskRepository implements PanacheRepositoryBase<RecheckTask, UUID> {

    /** The task if it is assigned to this agency now; another agency's task is not disclosed. */
    public Optional<RecheckTask> ofAgency(UUID id, String agencyCode) {
        return findByIdOptional(id).filter(task -> task.agencyCode.equals(agencyCode));
    }

    public Optional<RecheckTask> ofReport(UUID reportId) {
        return find("reportId", reportId).firstResultOptional();
    }

    public boolean openFor(UUID itemId) {
        return count("itemId = ?1 and status = ?2", itemId, RecheckTask.Status.OPEN) > 0;
    }
}
