package org.appsupervision.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether this service has begun to stop. An event whose effect fails from then on failed because the service is
 * going away (closed connection pools, a closed persistence unit), not because of the event: it is left unacknowledged
 * for Kafka to deliver again after the restart, never parked.
 */
@ApplicationScoped
public class ServiceStopping {

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean now() {
        return stopping;
    }
}
