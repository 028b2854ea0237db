package org.appsupervision.penalty.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseStepRepository implements PanacheRepository<CaseStep> {

    public List<CaseStep> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
