package org.appsupervision.appstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the app-store side: the service-level target of a takedown and paging limits. */
@ConfigMapping(prefix = "appstore")
public interface AppstoreConfig {

    /**
     * How long a store has to confirm a takedown after publication ("immediately" in the notices), unless
     * an admin set another target (servicelevel.ServiceLevelService).
     */
    @WithDefault("PT24H")
    Duration takedownSla();

    /** How often the takedown clock looks for late orders (read by the scheduler). */
    @WithDefault("30s")
    String overdueCheckEvery();

    /** How many orders one marking pass flags as overdue. */
    @WithDefault("500")
    int overdueBatchSize();

    /** Largest page a store may ask for. */
    @WithDefault("500")
    int maxPageSize();

    /** Pushing new orders to the stores' webhooks. */
    Webhook webhook();

    interface Webhook {
        /** How often due pushes are sent (read by the scheduler). */
        @WithDefault("2s")
        String dispatchEvery();

        /** How many pushes one attempt at most makes before a push is parked. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait before the second attempt; it doubles with every further attempt. */
        @WithDefault("PT10S")
        Duration backoff();

        /** Longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** How long a store's endpoint may take to answer. */
        @WithDefault("PT5S")
        Duration timeout();

        /** How many pushes one dispatch pass sends at once. */
        @WithDefault("100")
        int batchSize();

        /** How long a replaced webhook secret keeps signing pushes beside the new one (a second v1 signature). */
        @WithDefault("P1D")
        Duration rotationOverlap();

        /** AES-256 key, base64 of 32 bytes, that encrypts webhook secrets at rest (read by WebhookSecretCipher). */
        Optional<String> secretKey();

        /** Whether plain http webhook URLs are accepted: for local runs and tests only, never in production. */
        @WithDefault("false")
        boolean allowHttp();

        /**
         * CIDR blocks that webhooks may reach although they are not public (for example {@code 127.0.0.1/32} for
         * a receiver in a local run or a test); none by default, never set in production.
         */
        Optional<List<String>> allowNetworks();
    }
}
