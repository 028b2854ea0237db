package org.appsupervision.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.appsupervision.platform.PlatformConfig;

/**
 * Forgets the {@code Idempotency-Key}s of every {@link ExpiringKeys} table of the service once they are older than
 * {@code supervision.idempotency.retention} (24 h), every {@code supervision.idempotency.cleanup-every} (1 h), in
 * short transactions, so the tables do not grow without end.
 */
@ApplicationScoped
public class IdempotencyExpiry {

    private static final int PER_TRANSACTION = 10_000;

    private final Instance<ExpiringKeys> tables;
    private final Instance<EntityManager> em;
    private final Duration retention;

    public IdempotencyExpiry(@Any Instance<ExpiringKeys> tables, Instance<EntityManager> em, PlatformConfig config) {
        this.tables = tables;
        this.em = em;
        this.retention = config.idempotency().retention();
    }

    @Scheduled(every = "${supervision.idempotency.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        forgetExpiredKeys(Instant.now());
    }

    /** Forgets every key older than the retention at {@code now}; returns how many. */
    public int forgetExpiredKeys(Instant now) {
        Instant before = now.minus(retention);
        int total = 0;
        for (ExpiringKeys table : tables) {
            int forgotten;
            do {
                forgotten = QuarkusTransaction.requiringNew().call(() -> forget(table.table(), before));
                total += forgotten;
            } while (forgotten == PER_TRANSACTION);
        }
        return total;
    }

    private int forget(String table, Instant before) {
        return em.get().createNativeQuery("DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table
                + " WHERE created_at < ?1 LIMIT ?2)")
                .setParameter(1, before).setParameter(2, PER_TRANSACTION)
                .executeUpdate();
    }
}
