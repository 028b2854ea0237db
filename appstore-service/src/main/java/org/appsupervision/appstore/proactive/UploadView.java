package org.appsupervision.appstore.proactive;

import java.time.Instant;
import java.util.UUID;

/** An accepted upload of proactive removals. */
public record UploadView(UUID id, String storeCode, String uploadKey, long removals, Instant firstRemovedAt,
        Instant lastRemovedAt, Instant uploadedAt) {
}
