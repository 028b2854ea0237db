package org.appsupervision.appstore.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One push of a new order to its store's webhook, with its attempts; parked after the limit until replayed. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Where a push stands. */
    public enum Status { PENDING, DELIVERED, PARKED }

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "store_code")
    public String storeCode;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
