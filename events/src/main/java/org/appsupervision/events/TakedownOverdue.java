package org.appsupervision.events;

import java.time.Instant;
import java.util.UUID;

/** A takedown order passed its deadline without the store's confirmation. Published once per order. */
public record TakedownOverdue(
        UUID orderId,
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String packageName,
        String appName,
        String storeCode,
        String storeName,
        String storeProvinceCode,
        Instant orderedAt,
        Instant deadline) implements ChainEvent {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
