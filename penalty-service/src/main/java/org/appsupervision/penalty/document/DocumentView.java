package org.appsupervision.penalty.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case document with its content and the SHA-256 of that content (UTF-8); with the SHA-256 of its signed PDF,
 * the signing certificate and the document it replaces (null for documents issued before PDFs were).
 */
public record DocumentView(UUID id, UUID caseId, CaseDocument.Kind kind, String number, String sha256, Instant createdAt,
        LocalDate servedOn, String content, String pdfSha256, String signer, String signerCertificateSha256,
        Instant signedAt, UUID replaces) {

    static DocumentView of(CaseDocument d) {
        return new DocumentView(d.id, d.caseId, d.kind, d.number, d.sha256, d.createdAt, d.servedOn, d.content,
                d.pdfSha256, d.signer, d.signerCertificateSha256, d.signedAt, d.replaces);
    }
}
