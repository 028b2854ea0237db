package org.appsupervision.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the platform parts: the outbox relay and the event source name. */
@ConfigMapping(prefix = "supervision")
public interface PlatformConfig {

    /** CloudEvents {@code source} of the events this service publishes; defaults to the application name. */
    Optional<String> eventSource();

    Outbox outbox();

    interface Outbox {
        /** How many outbox rows the relay publishes per transaction. */
        @WithDefault("200")
        int batchSize();

        /** How long the relay sleeps when no commit woke it. */
        @WithDefault("1s")
        Duration pollInterval();

        /** How long the relay waits for the broker's acknowledgements of one batch. */
        @WithDefault("30s")
        Duration ackTimeout();
    }
}
