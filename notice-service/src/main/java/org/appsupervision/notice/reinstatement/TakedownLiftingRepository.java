package org.appsupervision.notice.reinstatement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TakedownLiftingRepository implements PanacheRepositoryBase<TakedownLifting, UUID> {

    public Map<UUID, TakedownLifting> byItem(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return list("itemId in ?1", itemIds).stream().collect(Collectors.toMap(l -> l.itemId, Function.identity()));
    }
}
