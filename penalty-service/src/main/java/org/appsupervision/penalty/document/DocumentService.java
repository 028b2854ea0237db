package org.appsupervision.penalty.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.cases.CaseAccess;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.problem.ProblemException;

/** Shows a case's documents to those who may read the case. */
@ApplicationScoped
public class DocumentService {

    private final CaseDocumentRepository documents;
    private final CaseDocumentPdfRepository pdfs;
    private final CaseAccess access;

    public DocumentService(CaseDocumentRepository documents, CaseDocumentPdfRepository pdfs, CaseAccess access) {
        this.documents = documents;
        this.pdfs = pdfs;
        this.access = access;
    }

    /** The signed PDF exactly as issued; 404 for a document issued before PDFs were. */
    @Transactional
    public byte[] pdf(UUID caseId, UUID documentId, BureauScope scope) {
        CaseDocument d = documents.ofCase(access.forReading(caseId, scope).id, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
        CaseDocumentPdf pdf = pdfs.findById(d.id);
        if (pdf == null) {
            throw ProblemException.notFound("PDF of document", documentId);
        }
        return pdf.pdf;
    }

    @Transactional
    public List<DocumentView> ofCase(UUID caseId, BureauScope scope) {
        return documents.ofCase(access.forReading(caseId, scope).id).stream().map(DocumentView::of).toList();
    }

    @Transactional
    public DocumentView get(UUID caseId, UUID documentId, BureauScope scope) {
        return documents.ofCase(access.forReading(caseId, scope).id, documentId).map(DocumentView::of)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }
}
