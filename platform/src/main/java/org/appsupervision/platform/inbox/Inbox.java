package org.appsupervision.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.ChainEvent;
import org.appsupervision.events.EventTypes;
import org.appsupervision.platform.TransientFailures;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Makes consumers idempotent: the event id is recorded in the same transaction as the effect, so a
 * redelivered event changes nothing. An event that cannot be applied is parked with its reason
 * (never dropped) and the consumer goes on with the next.
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.messaging.enabled", stringValue = "true", enableIfMissing = true)
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;
    private final ObjectMapper mapper;

    public Inbox(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** Applies the message with the matching handler exactly once, then acknowledges it. */
    public CompletionStage<Void> apply(Message<String> message, EventHandlers handlers) {
        Optional<IncomingCloudEventMetadata> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class);
        if (cloudEvent.isEmpty()) {
            park(message, handlers.consumer(), null, null, "not a CloudEvent: no ce_id/ce_type headers");
            return message.ack();
        }
        String id = cloudEvent.get().getId();
        String type = cloudEvent.get().getType();
        Optional<Class<?>> record = EventTypes.recordNamed(type, ChainEvent.class.getClassLoader());
        if (record.isEmpty()) {
            return message.ack();
        }
        if (!ChainEvent.class.isAssignableFrom(record.get())) {
            untilStored(() -> park(message, handlers.consumer(), id, type, "type is not an event of the contracts"));
            return message.ack();
        }
        Optional<Class<? extends ChainEvent>> eventClass = Optional.of(record.get().asSubclass(ChainEvent.class));
        if (!handlers.handles(eventClass.get())) {
            return message.ack();
        }
        ChainEvent event;
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
            event = mapper.readValue(message.getPayload(), eventClass.get());
        } catch (Exception e) {
            LOG.errorf("Parking %s %s for %s: %s", type, id, handlers.consumer(), e.getMessage());
            untilStored(() -> park(message, handlers.consumer(), id, type, reasonOf(e)));
            return message.ack();
        }
        try {
            untilStored(() -> QuarkusTransaction.requiringNew().run(() -> {
                if (firstDelivery(eventId, handlers.consumer(), type)) {
                    handlers.handlerFor(eventClass.get()).orElseThrow().accept(event);
                }
            }));
        } catch (RuntimeException e) {
            LOG.errorf("Parking %s %s for %s: %s", type, id, handlers.consumer(), e.getMessage());
            untilStored(() -> park(message, handlers.consumer(), id, type, reasonOf(e)));
        }
        return message.ack();
    }

    /**
     * Runs a database write, waiting out failures of the database itself (connection lost, server
     * restarting) so that an event is neither parked nor dropped because PostgreSQL was briefly
     * away; the message is acknowledged only after the write. Other failures propagate.
     */
    private void untilStored(Runnable write) {
        long backoff = 200;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e) || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                LOG.warnf("Database unavailable (%s); retrying in %d ms", TransientFailures.rootMessage(e), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    private boolean firstDelivery(UUID eventId, String consumer, String type) {
        return em.createNativeQuery("""
                INSERT INTO inbox_event (event_id, consumer, event_type) VALUES (:id, :consumer, :type)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .setParameter("type", type)
                .executeUpdate() == 1;
    }

    private void park(Message<String> message, String consumer, String eventId, String type, String reason) {
        Optional<IncomingKafkaRecordMetadata> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO parked_event (event_id, consumer, event_type, topic, kafka_partition, kafka_offset, payload, reason)
                VALUES (:id, :consumer, :type, :topic, :partition, :offset, :payload, :reason)""")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .setParameter("type", type)
                .setParameter("topic", kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse(null))
                .setParameter("partition", kafka.map(IncomingKafkaRecordMetadata::getPartition).orElse(null))
                .setParameter("offset", kafka.map(IncomingKafkaRecordMetadata::getOffset).orElse(null))
                .setParameter("payload", message.getPayload())
                .setParameter("reason", reason)
                .executeUpdate());
    }

    private static String reasonOf(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
