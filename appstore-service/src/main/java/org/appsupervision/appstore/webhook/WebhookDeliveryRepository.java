package org.appsupervision.appstore.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** Pending pushes that are due, locked (skipping those another replica holds). */
    public List<WebhookDelivery> due(Instant now, int limit) {
        return find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", WebhookDelivery.Status.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit).list();
    }

    public List<WebhookDelivery> ofStore(String storeCode, WebhookDelivery.Status status, Cursor after, int limit) {
        StringBuilder query = new StringBuilder("storeCode = :store");
        Parameters parameters = Parameters.with("store", storeCode);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            query.append(" and ").append(Keyset.after(true, "createdAt", "id"));
            parameters.and("k0", after.instant(0)).and("k1", after.uuid(1));
        }
        query.append(" order by ").append(Keyset.order(true, "createdAt", "id"));
        return find(query.toString(), parameters).page(0, limit).list();
    }

    /** Puts a store's parked pushes back in the queue, due now; returns how many. */
    public int replayParked(String storeCode, Instant now) {
        return update("status = ?1, attempts = 0, nextAttemptAt = ?2 where storeCode = ?3 and status = ?4",
                WebhookDelivery.Status.PENDING, now, storeCode, WebhookDelivery.Status.PARKED);
    }
}
