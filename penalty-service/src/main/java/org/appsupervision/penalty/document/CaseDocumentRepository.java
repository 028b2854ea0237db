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

    public Optional<CaseDocument> byPdfSha256(String sha256) {
        return find("pdfSha256", sha256).firstResultOptional();
    }

    /** The documents with this number that were issued as PDFs, oldest first. */
    public List<CaseDocument> byNumber(String number) {
        return list("number = ?1 and pdfSha256 is not null order by createdAt", number);
    }

    public Optional<CaseDocument> replacementOf(UUID documentId) {
        return find("replaces", documentId).firstResultOptional();
    }

    public Optional<CaseDocument> latest(UUID caseId, CaseDocument.Kind kind) {
        return find("caseId = ?1 and kind = ?2 order by createdAt desc", caseId, kind).firstResultOptional();
    }
}
