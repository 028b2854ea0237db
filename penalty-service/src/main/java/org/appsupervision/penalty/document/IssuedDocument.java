package org.appsupervision.penalty.document;

import java.time.Instant;
import java.time.LocalDate;

/** What the public learns of a document the suite issued: no internal ids, no officers. */
public record IssuedDocument(String number, CaseDocument.Kind kind, String title, String issuer, String signer,
        String signerCertificateSha256, Instant signedAt, LocalDate servedOn, String pdfSha256, String replaces,
        String replacedBy) {
}
