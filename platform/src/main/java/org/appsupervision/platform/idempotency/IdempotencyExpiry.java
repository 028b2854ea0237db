package org.appsupervision.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /**
     * Reads its one setting by itself (the services' {@link org.appsupervision.platform.PlatformConfig} maps it too,
     * with the same default) rather than by injecting that mapping: this bean lives in the gateway too, and a bean
     * there that injects the {@code supervision} mapping makes Quarkus check every {@code supervision.*} property
     * against it, including the gateway's build switches ({@code supervision.messaging.enabled} ...), and refuse to
     * start.
     */
    public IdempotencyExpiry(@Any Instance<ExpiringKeys> tables, Instance<EntityManager> em,
            @ConfigProperty(name = "supervision.idempotency.retention", defaultValue = "PT24H") Duration retention) {
        this.tables = tables;
        this.em = em;
        this.retention = retention;
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
