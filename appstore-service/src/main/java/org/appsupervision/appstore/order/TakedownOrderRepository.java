package org.appsupervision.appstore.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class TakedownOrderRepository implements PanacheRepositoryBase<TakedownOrder, UUID> {

    /** A page of a store's orders and the cursor of each. */
    public record FeedPage(List<TakedownOrder> orders, List<OrderCursor> cursors) {
    }

    /**
     * A store's orders after the cursor in commit order; {@code status} null means all. Only orders
     * of transactions older than the oldest one still running are read, so an order that commits
     * later can never land behind a cursor already handed out.
     */
    @SuppressWarnings("unchecked")
    public FeedPage pageForStore(String storeCode, OrderStatus status, OrderCursor after, int limit) {
        List<Object[]> keys = getEntityManager().createNativeQuery("""
                SELECT id, tx_id, seq FROM takedown_order
                WHERE store_code = ?1 AND (?2 = '' OR status = ?2)
                  AND (tx_id > ?3 OR (tx_id = ?3 AND seq > ?4))
                  AND tx_id < CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)
                ORDER BY tx_id, seq LIMIT ?5""")
                .setParameter(1, storeCode).setParameter(2, status == null ? "" : status.name())
                .setParameter(3, after.txId()).setParameter(4, after.seq()).setParameter(5, limit)
                .getResultList();
        if (keys.isEmpty()) {
            return new FeedPage(List.of(), List.of());
        }
        List<UUID> ids = keys.stream().map(k -> (UUID) k[0]).toList();
        // Read-only: a page of up to 500 orders is only shown, so Hibernate keeps no snapshots to dirty-check.
        java.util.Map<UUID, TakedownOrder> byId = find("id in ?1", ids).withHint(HibernateHints.HINT_READ_ONLY, true)
                .list().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id, o -> o));
        return new FeedPage(ids.stream().map(byId::get).toList(), keys.stream()
                .map(k -> new OrderCursor(((Number) k[1]).longValue(), ((Number) k[2]).longValue())).toList());
    }

    public Optional<TakedownOrder> findForStore(UUID id, String storeCode) {
        return find("id = ?1 and storeCode = ?2", id, storeCode).firstResultOptional();
    }

    /** The store's own orders among the ids, locked for the update that follows; other stores' ids are ignored. */
    public List<TakedownOrder> findForStore(Collection<UUID> ids, String storeCode) {
        return find("id in ?1 and storeCode = ?2", ids, storeCode).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Confirms the store's own order in one statement, if it is neither confirmed nor withdrawn and was
     * ordered no later than {@code orderedAtLatest}; the confirmed order, or empty when one of these
     * does not hold (the caller then finds out which). Plain SQL on the transaction's connection: the order
     * comes back unmanaged, with the columns its view and its event need (Hibernate's native query and entity
     * read-back were about a sixth of appstore-service's work per confirmation).
     */
    public Optional<TakedownOrder> confirmOwn(UUID id, String storeCode, ConfirmationRequest evidence,
            Instant confirmedAt, Instant orderedAtLatest) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    WITH confirmed AS (
                    UPDATE takedown_order SET status = 'CONFIRMED', confirmed_at = ?, removed_at = ?,
                        listing_reference = ?, note = ?, version = version + 1
                    WHERE id = ? AND store_code = ? AND status NOT IN ('CONFIRMED', 'WITHDRAWN') AND ordered_at <= ?
                    RETURNING notice_id, item_id, chain_id, notice_title, app_name, package_name, app_version,
                        operator_name, channel_kind, model_lines, kind, ordered_at, deadline, overdue_at,
                        acknowledged_at, objected_at, objection_reason, objection_text, objection_outcome,
                        objection_decided_at, objection_decision_note, confirmed_at, removed_at)
                    SELECT notice_id, item_id, chain_id, notice_title, app_name, package_name, app_version,
                        operator_name, channel_kind, kind, ordered_at, deadline, overdue_at, acknowledged_at,
                        objected_at, objection_reason, objection_text, objection_outcome, objection_decided_at,
                        objection_decision_note, confirmed_at, removed_at,
                        ARRAY(SELECT line FROM jsonb_array_elements_text(model_lines) WITH ORDINALITY AS m(line, n)
                              ORDER BY n)
                    FROM confirmed""")) {
                update.setObject(1, utc(confirmedAt));
                update.setObject(2, utc(evidence.removedAt()));
                update.setString(3, evidence.listingReference());
                update.setString(4, evidence.note());
                update.setObject(5, id);
                update.setString(6, storeCode);
                update.setObject(7, utc(orderedAtLatest));
                try (ResultSet row = update.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<TakedownOrder>empty();
                    }
                    TakedownOrder order = new TakedownOrder();
                    order.id = id;
                    order.storeCode = storeCode;
                    order.status = OrderStatus.CONFIRMED;
                    order.listingReference = evidence.listingReference();
                    order.note = evidence.note();
                    order.noticeId = row.getObject(1, UUID.class);
                    order.itemId = row.getObject(2, UUID.class);
                    order.chainId = row.getObject(3, UUID.class);
                    order.noticeTitle = row.getString(4);
                    order.appName = row.getString(5);
                    order.packageName = row.getString(6);
                    order.appVersion = row.getString(7);
                    order.operatorName = row.getString(8);
                    order.channelKind = org.appsupervision.appstore.store.ChannelKind.valueOf(row.getString(9));
                    order.kind = OrderKind.valueOf(row.getString(10));
                    order.orderedAt = instant(row, 11);
                    order.deadline = instant(row, 12);
                    order.overdueAt = instant(row, 13);
                    order.acknowledgedAt = instant(row, 14);
                    order.objectedAt = instant(row, 15);
                    order.objectionReason = row.getString(16) == null ? null : ObjectionReason.valueOf(row.getString(16));
                    order.objectionText = row.getString(17);
                    order.objectionOutcome = row.getString(18) == null ? null
                            : ObjectionOutcome.valueOf(row.getString(18));
                    order.objectionDecidedAt = instant(row, 19);
                    order.objectionDecisionNote = row.getString(20);
                    // The times as stored (PostgreSQL keeps microseconds), as a later read shows them.
                    order.confirmedAt = instant(row, 21);
                    order.removedAt = instant(row, 22);
                    java.sql.Array modelLines = row.getArray(23);
                    order.modelLines = modelLines == null ? null : List.of((String[]) modelLines.getArray());
                    return Optional.of(order);
                }
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, int column) throws java.sql.SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A notice's orders after the cursor (by app name, then id), at most {@code limit}. */
    public List<TakedownOrder> ofNotice(UUID noticeId, Cursor after, int limit) {
        String order = " order by " + Keyset.order(false, "appName", "id");
        if (after == null) {
            return find("noticeId = :notice" + order, Parameters.with("notice", noticeId)).page(0, limit).list();
        }
        return find("noticeId = :notice and " + Keyset.after(false, "appName", "id") + order,
                Parameters.with("notice", noticeId).and("k0", after.text(0)).and("k1", after.uuid(1)))
                .page(0, limit).list();
    }

    /** Takedown orders of a notice item that their store confirmed: the stores that took the app down. */
    public List<TakedownOrder> confirmedTakedownsOf(UUID itemId) {
        return list("itemId = ?1 and kind = ?2 and status = ?3 order by storeCode", itemId, OrderKind.TAKEDOWN,
                OrderStatus.CONFIRMED);
    }

    /**
     * Inserts new orders in one statement (each column passed as one array, so any number of rows fits);
     * an order that already exists for its (item, store, kind) is kept, so a replayed event inserts
     * nothing. Each inserted order to a store with an enabled webhook gets a pending push in the same
     * statement. Returns how many orders were inserted.
     */
    public int insertNew(List<TakedownOrder> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH inserted AS (
                    INSERT INTO takedown_order (id, notice_id, item_id, chain_id, notice_title, app_name, package_name,
                        app_version, operator_name, store_code, status, kind, ordered_at, deadline, received_at,
                        operator_credit_code, channel_kind, model_lines)
                    SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]),
                        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS timestamptz[]),
                        CAST(? AS timestamptz[]), CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS jsonb[]))
                    ON CONFLICT (item_id, store_code, kind) DO NOTHING RETURNING id, store_code),
                    pushes AS (
                    INSERT INTO webhook_delivery (id, order_id, store_code)
                    SELECT gen_random_uuid(), inserted.id, inserted.store_code FROM inserted
                    JOIN store ON store.code = inserted.store_code AND store.webhook_enabled AND store.active
                    RETURNING 1)
                    SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM pushes)""")) {
                List<Function<TakedownOrder, Object>> columns = List.of(o -> o.id, o -> o.noticeId, o -> o.itemId,
                        o -> o.chainId, o -> o.noticeTitle, o -> o.appName, o -> o.packageName, o -> o.appVersion,
                        o -> o.operatorName, o -> o.storeCode, o -> o.status, o -> o.kind, o -> o.orderedAt,
                        o -> o.deadline, o -> o.receivedAt, o -> o.operatorCreditCode, o -> o.channelKind,
                        o -> o.modelLines == null ? null : ModelLines.json(o.modelLines));
                for (int c = 0; c < columns.size(); c++) {
                    Function<TakedownOrder, Object> column = columns.get(c);
                    // As text, cast by PostgreSQL: UUIDs, names and ISO-8601 instants all read back exactly.
                    String[] values = batch.stream().map(column).map(v -> v == null ? null : v.toString())
                            .toArray(String[]::new);
                    insert.setArray(c + 1, connection.createArrayOf("text", values));
                }
                try (ResultSet counts = insert.executeQuery()) {
                    counts.next();
                    return counts.getInt(1);
                }
            }
        });
    }

    /** Takedown orders whose clock runs and is past their deadline, not yet marked; locked so replicas split the work. */
    public List<TakedownOrder> dueForOverdue(Instant now, int limit) {
        return find("status in ?1 and kind = ?2 and overdueAt is null and deadline < ?3 order by deadline",
                List.of(OrderStatus.PENDING, OrderStatus.ACKNOWLEDGED), OrderKind.TAKEDOWN, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit)
                .list();
    }
}
