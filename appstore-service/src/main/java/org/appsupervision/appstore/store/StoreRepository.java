package org.appsupervision.appstore.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@ApplicationScoped
public class StoreRepository implements PanacheRepositoryBase<Store, String> {

    /** Codes of the stores that receive orders, sorted. */
    public Set<String> activeCodes() {
        return listAll().stream().map(s -> s.code).collect(Collectors.toCollection(TreeSet::new));
    }
}
