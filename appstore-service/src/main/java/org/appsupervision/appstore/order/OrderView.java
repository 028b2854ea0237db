package org.appsupervision.appstore.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A takedown order as stores and officials see it. {@code overdue} is true once its clock ran out unconfirmed. */
public record OrderView(
        UUID id,
        UUID noticeId,
        UUID itemId,
        UUID chainId,
        String noticeTitle,
        String appName,
        String packageName,
        String appVersion,
        String operatorName,
        String storeCode,
        OrderStatus status,
        boolean overdue,
        Instant orderedAt,
        Instant deadline,
        Instant confirmedAt,
        Instant removedAt,
        String listingReference,
        String note) {

    static OrderView of(TakedownOrder o) {
        return new OrderView(o.id, o.noticeId, o.itemId, o.chainId, o.noticeTitle, o.appName, o.packageName,
                o.appVersion, o.operatorName, o.storeCode, o.status, o.overdueAt != null, o.orderedAt, o.deadline,
                o.confirmedAt, o.removedAt, o.listingReference, o.note);
    }

    /** One page of orders and the cursor of the next page (null on the last page). */
    public record Page(List<OrderView> orders, String next) {
    }
}
