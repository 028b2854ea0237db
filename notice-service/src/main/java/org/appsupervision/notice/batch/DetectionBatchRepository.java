package org.appsupervision.notice.batch;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class DetectionBatchRepository implements PanacheRepositoryBase<DetectionBatch, UUID> {
}
