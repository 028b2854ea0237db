package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A store objected to a takedown order instead of confirming it.
 *
 * @param reasonCode NOT_LISTED, WRONG_APP, ALREADY_REMOVED or OTHER
 */
public record TakedownObjected(
        UUID orderId,
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String packageName,
        String storeCode,
        String reasonCode,
        String reasonText,
        Instant objectedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
