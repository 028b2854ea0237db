package org.appsupervision.appstore.order;

import java.time.Instant;
import java.util.UUID;

/** A store a takedown named that received no order, as officials see it on the notice's board. */
public record UndeliverableOrderView(UUID id, UUID noticeId, UUID itemId, UUID chainId, String appName,
        String packageName, String storeCode, UndeliverableReason reason, Instant orderedAt, Instant recordedAt) {

    static UndeliverableOrderView of(UndeliverableOrder u) {
        return new UndeliverableOrderView(u.id, u.noticeId, u.itemId, u.chainId, u.appName, u.packageName,
                u.storeCode, u.reason, u.orderedAt, u.recordedAt);
    }
}
