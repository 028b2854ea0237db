package org.appsupervision.notice.confirmation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A store's confirmation that it took down the app of a notice item, as reported by appstore-service. */
@Entity
@Table(name = "store_confirmation")
@IdClass(StoreConfirmation.Key.class)
public class StoreConfirmation {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Id
    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "listing_reference")
    public String listingReference;

    /** Composite key: one confirmation per item and store. */
    public record Key(UUID itemId, String storeCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
