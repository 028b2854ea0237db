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
import java.util.UUID;
import org.appsupervision.events.ChainEvent;

/**
 * The transactional outbox: an event is written in the same transaction as the state change it
 * reports, and {@link OutboxRelay} publishes it to Kafka once that transaction has committed.
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.messaging.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, ObjectMapper mapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.em = em;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Appends the event to the outbox of the caller's transaction and returns its event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(ChainEvent event) {
        UUID eventId = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO outbox_event (event_id, event_type, schema_version, aggregate_id, chain_id, occurred_at, payload)
                VALUES (:id, :type, :version, :aggregate, :chain, :at, :payload)""")
                .setParameter("id", eventId)
                .setParameter("type", event.eventType())
                .setParameter("version", event.schemaVersion())
                .setParameter("aggregate", event.aggregateId())
                .setParameter("chain", event.chainId())
                .setParameter("at", Instant.now())
                .setParameter("payload", toJson(event))
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
