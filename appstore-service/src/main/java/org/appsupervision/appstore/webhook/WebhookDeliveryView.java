package org.appsupervision.appstore.webhook;

import java.time.Instant;
import java.util.UUID;

/** A webhook push as admins see it. */
public record WebhookDeliveryView(UUID id, UUID orderId, String storeCode, WebhookDelivery.Status status,
        int attempts, Instant nextAttemptAt, String lastError, Instant deliveredAt, Instant createdAt) {

    static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id, d.orderId, d.storeCode, d.status, d.attempts, d.nextAttemptAt,
                d.lastError, d.deliveredAt, d.createdAt);
    }

    /** The answer to a replay. */
    public record Replayed(int replayed) {
    }
}
