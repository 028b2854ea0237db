package org.appsupervision.penalty.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case document with its content and the SHA-256 of that content (UTF-8). */
public record DocumentView(UUID id, UUID caseId, CaseDocument.Kind kind, String number, String sha256, Instant createdAt,
        LocalDate servedOn, String content) {

    static DocumentView of(CaseDocument d) {
        return new DocumentView(d.id, d.caseId, d.kind, d.number, d.sha256, d.createdAt, d.servedOn, d.content);
    }
}
