package org.appsupervision.appstore.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A store as the API shows it. The webhook settings (never the secret, only whether one is set) are shown to
 * admins and to the store itself; for everyone else the {@code webhook} field is left out.
 */
public record StoreView(String code, String nameZh, String nameEn, String company, String provinceCode,
        String companyCreditCode, List<StoreRequest.Contact> contacts,
        @JsonInclude(JsonInclude.Include.NON_NULL) WebhookView webhook, boolean active, ChannelKind kind) {

    /** The webhook settings without the secret. */
    public record WebhookView(String url, boolean enabled, boolean secretSet) {
    }

    static StoreView of(Store store, boolean withWebhook) {
        WebhookView webhook = !withWebhook || store.webhookUrl == null ? null
                : new WebhookView(store.webhookUrl, store.webhookEnabled, store.webhookSecret != null);
        return new StoreView(store.code, store.nameZh, store.nameEn, store.company, store.provinceCode,
                store.companyCreditCode, List.copyOf(store.contacts), webhook, store.active, store.kind);
    }
}
