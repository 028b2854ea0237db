package org.appsupervision.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A testing agency completed the re-check of a notice item: RECTIFIED (the item is rectified) or NOT_RECTIFIED (the
 * enterprise may report again before the deadline), with the version the enterprise reported, the version the agency
 * tested, and the hashes of both sides' records. {@code subject} is APP or SDK (absent in older events: APP). A task an
 * official opened for an item without a report (every SDK item: its provider has no login) has no {@code reportId},
 * {@code reportedVersion} or {@code reportHash}; an SDK item has no {@code packageName} but its {@code sdkCode}, and
 * {@code testedVersion} is the SDK version tested. No personal data.
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
        Instant completedAt,
        String subject,
        String sdkCode) implements ChainEvent {

    /** An app item's re-check of a report, as the event was before SDK items. */
    public RecheckCompleted(UUID taskId, UUID reportId, UUID noticeId, UUID itemId, UUID chainId, String packageName,
            String agencyCode, String outcome, String reportedVersion, String testedVersion, String reportHash,
            String resultHash, List<String> evidenceSha256, Instant completedAt) {
        this(taskId, reportId, noticeId, itemId, chainId, packageName, agencyCode, outcome, reportedVersion,
                testedVersion, reportHash, resultHash, evidenceSha256, completedAt, "APP", null);
    }

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
