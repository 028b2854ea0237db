package org.appsupervision.appstore.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@ApplicationScoped
public class StoreRepository implements PanacheRepositoryBase<Store, String> {

    /** Every registered store's code and whether it is active (only active stores receive orders), sorted. */
    public Map<String, Boolean> activityByCode() {
        return listAll().stream().collect(Collectors.toMap(s -> s.code, s -> s.active, (a, b) -> a, TreeMap::new));
    }

    /** A channel as the fan-out of orders needs it. */
    public record Channel(boolean active, ChannelKind kind) {
    }

    /** Every registered channel's activity and kind, by code. */
    public Map<String, Channel> channelsByCode() {
        return listAll().stream().collect(Collectors.toMap(s -> s.code, s -> new Channel(s.active, s.kind),
                (a, b) -> a, TreeMap::new));
    }

    /** Stores never announced to the other services, locked (skipping those another replica holds). */
    public List<Store> unannounced() {
        return find("announcedAt is null order by code")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .list();
    }
}
