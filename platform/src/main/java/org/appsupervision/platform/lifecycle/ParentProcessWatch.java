package org.appsupervision.platform.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * When devstack spawns this service it passes its own pid; if that process dies (even by kill -9),
 * the service shuts down instead of lingering as an orphan.
 */
@ApplicationScoped
public class ParentProcessWatch {

    private static final Logger LOG = Logger.getLogger(ParentProcessWatch.class);

    void watch(@Observes StartupEvent startup) {
        Optional.ofNullable(System.getProperty("devstack.parent-pid"))
                .map(Long::parseLong)
                .flatMap(ProcessHandle::of)
                .ifPresent(parent -> parent.onExit().thenRun(() -> {
                    LOG.warnf("Parent process %d ended; shutting down", parent.pid());
                    Quarkus.asyncExit();
                }));
    }
}
