package org.appsupervision.notice.evidence;

import java.time.Instant;
import java.util.UUID;

/** An evidence file as the API lists it; its bytes are downloaded separately. */
public record EvidenceView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256,
        Instant uploadedAt) {

    public static EvidenceView of(EvidenceFile file) {
        return new EvidenceView(file.id, file.fileName, file.mediaType, file.sizeBytes, file.sha256, file.uploadedAt);
    }
}
