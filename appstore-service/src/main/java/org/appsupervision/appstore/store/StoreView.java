package org.appsupervision.appstore.store;

/** A store as the API shows it. */
public record StoreView(String code, String nameZh, String nameEn, String company, String provinceCode) {

    static StoreView of(Store store) {
        return new StoreView(store.code, store.nameZh, store.nameEn, store.company, store.provinceCode);
    }
}
