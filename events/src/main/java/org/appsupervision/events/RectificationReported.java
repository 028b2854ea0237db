package org.appsupervision.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enterprise reported the rectification of a notice item's app and asked for a re-check: the report's hash covers
 * its text and the SHA-256 of its evidence files; the re-check task went to the named testing agency. No personal
 * data: the enterprise and the agency appear by their unified social credit codes only.
 */
public record RectificationReported(
        UUID reportId,
        UUID taskId,
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String packageName,
        String operatorCreditCode,
        String fixedVersion,
        String reportHash,
        List<String> evidenceSha256,
        String agencyCode,
        Instant reportedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
