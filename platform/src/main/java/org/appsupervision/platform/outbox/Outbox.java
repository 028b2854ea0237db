package org.appsupervision.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.events.ChainEvent;
import org.appsupervision.platform.tracing.TraceContexts;

/**
 * The transactional outbox: an event is written in the same transaction as the state change it
 * reports, and {@link OutboxRelay} publishes it to Kafka once that transaction has committed. The row keeps the
 * trace context of the request that wrote it, so the event's consumers continue that trace.
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.messaging.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final TraceContexts traces;

    public Outbox(EntityManager em, ObjectMapper mapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, TraceContexts traces) {
        this.em = em;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.traces = traces;
    }

    /** Appends the event to the outbox of the caller's transaction and returns its event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(ChainEvent event) {
        UUID eventId = UUID.randomUUID();
        Map<String, String> trace = traces.current();
        em.createNativeQuery("""
                INSERT INTO outbox_event (event_id, event_type, schema_version, aggregate_id, chain_id, occurred_at, payload,
                                          traceparent, tracestate)
                VALUES (:id, :type, :version, :aggregate, :chain, :at, :payload, :traceparent, :tracestate)""")
                .setParameter("id", eventId)
                .setParameter("type", event.eventType())
                .setParameter("version", event.schemaVersion())
                .setParameter("aggregate", event.aggregateId())
                .setParameter("chain", event.chainId())
                .setParameter("at", Instant.now())
                .setParameter("payload", toJson(event))
                .setParameter("traceparent", trace.get(TraceContexts.TRACEPARENT))
                .setParameter("tracestate", trace.get(TraceContexts.TRACESTATE))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return eventId;
    }

    private String toJson(ChainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.eventType() + " cannot be serialised", e);
        }
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
