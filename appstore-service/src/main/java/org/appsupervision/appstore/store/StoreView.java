package org.appsupervision.appstore.store;

import java.util.List;

/** A store as the API shows it; the webhook secret is never shown, only whether one is set. */
public record StoreView(String code, String nameZh, String nameEn, String company, String provinceCode,
        String companyCreditCode, List<StoreRequest.Contact> contacts, WebhookView webhook, boolean active) {

    /** The webhook settings without the secret. */
    public record WebhookView(String url, boolean enabled, boolean secretSet) {
    }

    static StoreView of(Store store) {
        WebhookView webhook = store.webhookUrl == null ? null
                : new WebhookView(store.webhookUrl, store.webhookEnabled, store.webhookSecret != null);
        return new StoreView(store.code, store.nameZh, store.nameEn, store.company, store.provinceCode,
                store.companyCreditCode, List.copyOf(store.contacts), webhook, store.active);
    }
}
