package org.appsupervision.notice.confirmation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
}
