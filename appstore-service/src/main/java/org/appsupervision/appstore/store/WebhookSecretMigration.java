package org.appsupervision.appstore.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At startup, brings webhook secrets of earlier versions into the one stored form (encrypted, {@code whsec_}),
 * or warns that it cannot.
 */
@ApplicationScoped
public class WebhookSecretMigration {

    private static final Logger LOG = Logger.getLogger(WebhookSecretMigration.class);

    private final StoreService stores;

    public WebhookSecretMigration(StoreService stores) {
        this.stores = stores;
    }

    void onStart(@Observes StartupEvent startup) {
        if (!WebhookSecretCipher.available()) {
            LOG.warnf("%s is not set: webhook secrets cannot be stored or read", WebhookSecretCipher.KEY_PROPERTY);
            return;
        }
        int migrated = stores.migrateWebhookSecrets();
        if (migrated > 0) {
            LOG.infof("Brought %d webhook secrets of earlier versions into the encrypted whsec_ form", migrated);
        }
    }
}
