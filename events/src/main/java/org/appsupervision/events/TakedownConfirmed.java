package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/** A store confirmed that it removed the app of a takedown order, with its evidence. */
public record TakedownConfirmed(
        UUID orderId,
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String packageName,
        String storeCode,
        Instant removedAt,
        String listingReference,
        String note,
        Instant confirmedAt) implements ChainEvent {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
