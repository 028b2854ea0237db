package org.appsupervision.notice.confirmation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appsupervision.events.TakedownConfirmed;
import org.hibernate.Session;

/** The stores' confirmations as notice-service keeps them. */
@ApplicationScoped
public class StoreConfirmationRepository implements PanacheRepositoryBase<StoreConfirmation, StoreConfirmation.Key> {

    /** The confirmations of the given items, grouped by item. */
    public Map<UUID, List<StoreConfirmation>> byItem(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return list("itemId in ?1 order by confirmedAt", itemIds).stream()
                .collect(Collectors.groupingBy(c -> c.itemId));
    }

    /**
     * Records confirmations in one statement (each column passed as one array); a confirmation already recorded for
     * its item and store is kept as it is, as is the first of two in one call.
     */
    public void recordAll(List<TakedownConfirmed> events) {
        if (events.isEmpty()) {
            return;
        }
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO store_confirmation (item_id, store_code, order_id, removed_at, confirmed_at,
                        listing_reference)
                    SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS uuid[]),
                        CAST(? AS timestamptz[]), CAST(? AS timestamptz[]), CAST(? AS text[]))
                    ON CONFLICT (item_id, store_code) DO NOTHING""")) {
                List<Function<TakedownConfirmed, Object>> columns = List.of(TakedownConfirmed::itemId,
                        TakedownConfirmed::storeCode, TakedownConfirmed::orderId, TakedownConfirmed::removedAt,
                        TakedownConfirmed::confirmedAt, TakedownConfirmed::listingReference);
                for (int c = 0; c < columns.size(); c++) {
                    Function<TakedownConfirmed, Object> column = columns.get(c);
                    // As text, cast by PostgreSQL: UUIDs, codes and ISO-8601 instants all read back exactly.
                    String[] values = events.stream().map(column).map(v -> v == null ? null : v.toString())
                            .toArray(String[]::new);
                    insert.setArray(c + 1, connection.createArrayOf("text", values));
                }
                insert.executeUpdate();
            }
        });
    }
}
