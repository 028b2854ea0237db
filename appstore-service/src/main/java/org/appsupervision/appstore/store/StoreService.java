package org.appsupervision.appstore.store;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the store registry. */
@ApplicationScoped
public class StoreService {

    private final StoreRepository stores;

    public StoreService(StoreRepository stores) {
        this.stores = stores;
    }

    @Transactional
    public List<StoreView> list() {
        return stores.listAll(Sort.by("code")).stream().map(StoreView::of).toList();
    }
}
