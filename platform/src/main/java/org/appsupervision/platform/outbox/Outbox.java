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
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.events.ChainEvent;
import org.appsupervision.platform.tracing.TraceContexts;
import org.hibernate.Session;

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
        String payload = toJson(event);
        // Plain SQL on the transaction's connection: Hibernate's native query cost about as much as the INSERT itself
        // on a single confirmation. The session is flushed first, as the native query did, so the caller's changes
        // still reach the database (and fail, if they do) before the event is written.
        Session session = em.unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (event_id, event_type, schema_version, aggregate_id, chain_id, occurred_at,
                                              payload, traceparent, tracestate)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, eventId);
                insert.setString(2, event.eventType());
                insert.setInt(3, event.schemaVersion());
                insert.setString(4, event.aggregateId());
                insert.setObject(5, event.chainId(), java.sql.Types.OTHER);
                insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(7, payload);
                insert.setString(8, trace.get(TraceContexts.TRACEPARENT));
                insert.setString(9, trace.get(TraceContexts.TRACESTATE));
                insert.executeUpdate();
            }
        });
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
