package org.appsupervision.appstore.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** Pending pushes that are due, locked (skipping those another replica holds). */
    public List<WebhookDelivery> due(Instant now, int limit) {
        return find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", WebhookDelivery.Status.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit).list();
    }

    public List<WebhookDelivery> ofStore(String storeCode, WebhookDelivery.Status status, int limit) {
        return status == null
                ? find("storeCode = ?1 order by createdAt desc", storeCode).page(0, limit).list()
                : find("storeCode = ?1 and status = ?2 order by createdAt desc", storeCode, status).page(0, limit).list();
    }

    /** Puts a store's parked pushes back in the queue, due now; returns how many. */
    public int replayParked(String storeCode, Instant now) {
        return update("status = ?1, attempts = 0, nextAttemptAt = ?2 where storeCode = ?3 and status = ?4",
                WebhookDelivery.Status.PENDING, now, storeCode, WebhookDelivery.Status.PARKED);
    }
}
