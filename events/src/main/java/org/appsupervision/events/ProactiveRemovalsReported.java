package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A store reported a batch of apps it removed on its own (not on a takedown order); they count in
 * the statistics of removals. One event per accepted upload.
 *
 * @param uploadKey the store's own key of the upload, which makes it idempotent
 * @param removals how many apps the upload lists
 */
public record ProactiveRemovalsReported(
        UUID uploadId,
        String storeCode,
        String uploadKey,
        long removals,
        Instant firstRemovedAt,
        Instant lastRemovedAt,
        Instant reportedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return uploadId.toString();
    }

    /** Proactive removals belong to no chain. */
    @Override
    public UUID chainId() {
        return null;
    }
}
