package org.appsupervision.appstore.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** At startup, encrypts webhook secrets stored in clear before encryption at rest existed, or warns that it cannot. */
@ApplicationScoped
public class ClearSecretEncryption {

    private static final Logger LOG = Logger.getLogger(ClearSecretEncryption.class);

    private final StoreService stores;

    public ClearSecretEncryption(StoreService stores) {
        this.stores = stores;
    }

    void onStart(@Observes StartupEvent startup) {
        if (!WebhookSecretCipher.available()) {
            LOG.warnf("%s is not set: webhook secrets cannot be stored or read", WebhookSecretCipher.KEY_PROPERTY);
            return;
        }
        int encrypted = stores.encryptClearWebhookSecrets();
        if (encrypted > 0) {
            LOG.infof("Encrypted %d webhook secrets stored in clear", encrypted);
        }
    }
}
