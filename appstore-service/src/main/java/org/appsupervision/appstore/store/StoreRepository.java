package org.appsupervision.appstore.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@ApplicationScoped
public class StoreRepository implements PanacheRepositoryBase<Store, String> {

    /** Codes of the stores that receive orders, sorted. */
    public Set<String> activeCodes() {
        return list("active", true).stream().map(s -> s.code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Stores never announced to the other services, locked (skipping those another replica holds). */
    public List<Store> unannounced() {
        return find("announcedAt is null order by code")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .list();
    }
}
