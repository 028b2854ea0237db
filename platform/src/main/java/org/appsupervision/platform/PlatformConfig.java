package org.appsupervision.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the platform parts: the outbox relay, the event source name and the expiry of idempotency keys. */
@ConfigMapping(prefix = "supervision")
public interface PlatformConfig {

    /** CloudEvents {@code source} of the events this service publishes; defaults to the application name. */
    Optional<String> eventSource();

    Outbox outbox();

    /**
     * Keeping the Idempotency-Keys of the tables that let them expire ({@code idempotency.ExpiringKeys}). Mapped here
     * so that a service setting {@code supervision.idempotency.*} passes the mapping's check of unknown properties;
     * {@code idempotency.IdempotencyExpiry} reads the values itself (same defaults), since it also lives in the
     * gateway, which must not inject this mapping.
     */
    Idempotency idempotency();

    interface Idempotency {
        /** How long a key is kept at least; a retry within it gets the first answer. */
        @WithDefault("PT24H")
        Duration retention();

        /** How often expired keys are removed (read by the scheduler); a key lives at most retention plus this. */
        @WithDefault("1h")
        String cleanupEvery();
    }

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
