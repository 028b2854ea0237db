package org.appsupervision.notice.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.appsupervision.events.StoreChanged;

/** Applies appstore-service's StoreChanged events to this service's copy of the store list; older events never win. */
@ApplicationScoped
public class StoreCopy {

    private final StoreRepository stores;

    public StoreCopy(StoreRepository stores) {
        this.stores = stores;
    }

    public void apply(StoreChanged event) {
        Store store = stores.findByIdOptional(event.storeCode()).orElseGet(() -> {
            Store created = new Store();
            created.code = event.storeCode();
            return created;
        });
        if (store.changedAt != null && event.changedAt() != null && event.changedAt().isBefore(store.changedAt)) {
            return;
        }
        store.nameZh = event.nameZh();
        store.nameEn = event.nameEn();
        store.company = event.company();
        store.companyCreditCode = event.companyCreditCode();
        store.provinceCode = event.provinceCode();
        store.kind = event.kindOrDefault();
        store.active = event.active() && !"DEACTIVATED".equals(event.change());
        store.changedAt = event.changedAt() == null ? java.time.Instant.now() : event.changedAt();
        stores.persist(store);
    }
}
