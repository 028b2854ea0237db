package org.appsupervision.appstore.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A store that received no order (takedown or reinstatement), as officials see it on the notice's board. */
public record UndeliverableOrderView(UUID id, UUID noticeId, UUID itemId, UUID chainId, String appName,
        String packageName, String storeCode, OrderKind kind, UndeliverableReason reason, Instant orderedAt, Instant recordedAt) {

    /** One page and the cursor of the next (null on the last). */
    public record Page(List<UndeliverableOrderView> orders, String next) {
    }

    static UndeliverableOrderView of(UndeliverableOrder u) {
        return new UndeliverableOrderView(u.id, u.noticeId, u.itemId, u.chainId, u.appName, u.packageName,
                u.storeCode, u.kind, u.reason, u.orderedAt, u.recordedAt);
    }
}
