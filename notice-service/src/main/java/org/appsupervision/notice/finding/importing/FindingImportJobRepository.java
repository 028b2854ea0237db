package org.appsupervision.notice.finding.importing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class FindingImportJobRepository implements PanacheRepositoryBase<FindingImportJob, UUID> {
}
