package org.appsupervision.appstore.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** At startup, announces stores the other services have not heard of yet (the seeded registry) through the outbox. */
@ApplicationScoped
public class StoreAnnouncer {

    private static final Logger LOG = Logger.getLogger(StoreAnnouncer.class);

    private final StoreService stores;

    public StoreAnnouncer(StoreService stores) {
        this.stores = stores;
    }

    void onStart(@Observes StartupEvent startup) {
        int announced = stores.announceUnannounced();
        if (announced > 0) {
            LOG.infof("Announced %d stores as StoreChanged", announced);
        }
    }
}
