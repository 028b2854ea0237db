package org.appsupervision.appstore.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.appsupervision.appstore.AppstoreConfig;

/** Forgets Idempotency-Keys once their retention has passed, so the table does not grow without end. */
@ApplicationScoped
public class IdempotencyExpiry {

    private static final int PER_TRANSACTION = 10_000;

    private final IdempotencyService idempotency;
    private final AppstoreConfig config;

    public IdempotencyExpiry(IdempotencyService idempotency, AppstoreConfig config) {
        this.idempotency = idempotency;
        this.config = config;
    }

    @Scheduled(every = "${appstore.idempotency.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        forgetExpiredKeys(Instant.now());
    }

    /** Forgets every key older than the retention at {@code now}, in short transactions; returns how many. */
    public int forgetExpiredKeys(Instant now) {
        Instant before = now.minus(config.idempotency().retention());
        int total = 0;
        int forgotten;
        do {
            forgotten = idempotency.forgetKeysRecordedBefore(before, PER_TRANSACTION);
            total += forgotten;
        } while (forgotten == PER_TRANSACTION);
        return total;
    }
}
