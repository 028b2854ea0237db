package org.appsupervision.appstore.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TakedownOrderRepository implements PanacheRepositoryBase<TakedownOrder, UUID> {

    /** A store's orders after the cursor, oldest first; {@code status} null means all. */
    public List<TakedownOrder> pageForStore(String storeCode, OrderStatus status, OrderCursor after, int limit) {
        StringBuilder query = new StringBuilder("storeCode = :store");
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("store", storeCode);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            query.append(" and (orderedAt > :at or (orderedAt = :at and id > :id))");
            parameters.and("at", after.orderedAt()).and("id", after.id());
        }
        query.append(" order by orderedAt, id");
        return find(query.toString(), parameters).page(0, limit).list();
    }

    public Optional<TakedownOrder> findForStore(UUID id, String storeCode) {
        return find("id = ?1 and storeCode = ?2", id, storeCode).firstResultOptional();
    }

    public boolean exists(UUID itemId, String storeCode) {
        return count("itemId = ?1 and storeCode = ?2", itemId, storeCode) > 0;
    }

    public List<TakedownOrder> ofNotice(UUID noticeId) {
        return list("noticeId = ?1 order by appName, storeCode", noticeId);
    }

    /** Pending orders past their deadline not yet marked overdue, locked so replicas split the work. */
    public List<TakedownOrder> dueForOverdue(Instant now, int limit) {
        return find("status = ?1 and overdueAt is null and deadline < ?2 order by deadline", OrderStatus.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit)
                .list();
    }
}
