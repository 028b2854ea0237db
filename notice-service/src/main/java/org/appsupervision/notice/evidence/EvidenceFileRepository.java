package org.appsupervision.notice.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EvidenceFileRepository implements PanacheRepositoryBase<EvidenceFile, UUID> {

    public List<EvidenceFile> ofReport(UUID reportId) {
        return list("reportId = ?1 order by uploadedAt, id", reportId);
    }

    public List<EvidenceFile> ofTask(UUID taskId) {
        return list("taskId = ?1 order by uploadedAt, id", taskId);
    }
}
