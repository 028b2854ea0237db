package org.appsupervision.penalty.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseDocumentRepository implements PanacheRepositoryBase<CaseDocument, UUID> {

    public List<CaseDocument> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt", caseId);
    }

    public Optional<CaseDocument> ofCase(UUID caseId, UUID documentId) {
        return find("caseId = ?1 and id = ?2", caseId, documentId).firstResultOptional();
    }

    public Optional<CaseDocument> latest(UUID caseId, CaseDocument.Kind kind) {
        return find("caseId = ?1 and kind = ?2 order by createdAt desc", caseId, kind).firstResultOptional();
    }
}
