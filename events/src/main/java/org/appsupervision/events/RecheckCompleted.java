package org.appsupervision.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A testing agency completed the re-check of a rectification report: RECTIFIED (the item is rectified) or
 * NOT_RECTIFIED (the enterprise may report again before the deadline), with the version the enterprise reported, the
 * version the agency tested, and the hashes of both sides' records. No personal data.
 */
public record RecheckCompleted(
        UUID taskId,
        UUID reportId,
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String packageName,
        String agencyCode,
        String outcome,
        String reportedVersion,
        String testedVersion,
        String reportHash,
        String resultHash,
        List<String> evidenceSha256,
        Instant completedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
