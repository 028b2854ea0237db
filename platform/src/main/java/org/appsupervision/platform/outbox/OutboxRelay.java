package org.appsupervision.platform.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.appsupervision.events.EventTypes;
import org.appsupervision.platform.PlatformConfig;
import org.appsupervision.platform.SqlValues;
import org.appsupervision.platform.tracing.TraceContexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to the service's topic as CloudEvents, keyed by aggregate id,
 * and marks them published only once the broker acknowledged them (acks=all, idempotent producer).
 * Rows are claimed with SKIP LOCKED so several replicas never publish the same row concurrently;
 * a crash between send and mark republishes, which the consumers' inbox absorbs. Each record is sent in the trace of
 * the request that wrote its row (the connector's producer span, and the {@code traceparent} header it writes).
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.messaging.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final PlatformConfig config;
    private final URI source;
    private final TraceContexts traces;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(EntityManager em,
            @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) MutinyEmitter<String> emitter,
            PlatformConfig config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, TraceContexts traces) {
        this.em = em;
        this.traces = traces;
        this.emitter = emitter;
        this.config = config;
        this.source = URI.create("/" + config.eventSource().orElse(applicationName));
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a transaction that appended events commits, so they leave without waiting for the poll. */
    public void wake() {
        wakeups.release();
    }

    private void run() {
        while (running) {
            int published = 0;
            try {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, will retry: %s", e.getMessage());
            }
            if (published < config.outbox().batchSize()) {
                awaitWakeup();
            }
        }
    }

    private void awaitWakeup() {
        try {
            wakeups.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wakeups.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @SuppressWarnings("unchecked")
    private int publishBatch() throws Exception {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT seq, event_id, event_type, schema_version, aggregate_id, chain_id, occurred_at, payload,
                       traceparent, tracestate
                FROM outbox_event WHERE published_at IS NULL
                ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .setParameter("limit", config.outbox().batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        // Sent with this transaction suspended (the rows stay locked): the acknowledgements complete on the producer's
        // thread, and the transaction context the emitter carries there would make that thread a second participant
        // of this transaction, whose commit then fails now and then ("committing with 2 threads active") and sends
        // the whole batch again.
        QuarkusTransaction.suspendingExisting().call(() -> {
            CompletableFuture<?>[] acks = rows.stream()
                    .map(row -> emitter.sendMessage(toMessage(row)).subscribeAsCompletionStage())
                    .toArray(CompletableFuture[]::new);
            return CompletableFuture.allOf(acks).get(config.outbox().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        });
        List<Long> seqs = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        em.createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE seq IN (:seqs)")
                .setParameter("seqs", seqs)
                .executeUpdate();
        return rows.size();
    }

    private Message<String> toMessage(Object[] row) {
        String eventId = row[1].toString();
        String type = (String) row[2];
        int version = ((Number) row[3]).intValue();
        String aggregateId = (String) row[4];
        Object chainId = row[5];
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(eventId)
                .withType(type)
                .withSource(source)
                .withSubject(aggregateId)
                .withTimestamp(SqlValues.toInstant(row[6]).atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(EventTypes.schemaUri(type, version)))
                .withExtension("schemaversion", version)
                .withExtension("chainid", chainId == null ? "" : chainId.toString())
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(aggregateId)
                .build();
        return Message.of((String) row[7]).addMetadata(cloudEvent).addMetadata(kafka)
                .addMetadata(TracingMetadata.withCurrent(traces.fromText((String) row[8], (String) row[9])));
    }

}
