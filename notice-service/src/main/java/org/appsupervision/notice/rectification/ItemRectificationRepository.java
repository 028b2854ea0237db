package org.appsupervision.notice.rectification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ItemRectificationRepository implements PanacheRepositoryBase<ItemRectification, UUID> {

    public Map<UUID, ItemRectification> byItem(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return list("itemId in ?1", itemIds).stream().collect(Collectors.toMap(r -> r.itemId, Function.identity()));
    }
}
