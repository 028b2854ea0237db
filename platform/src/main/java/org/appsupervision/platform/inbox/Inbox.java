package org.appsupervision.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.appsupervision.events.ChainEvent;
import org.appsupervision.events.EventTypes;
import org.appsupervision.platform.TransientFailures;
import org.appsupervision.platform.tracing.EventSpans;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Makes consumers idempotent: the event id is recorded in the same transaction as the effect, so a
 * redelivered event changes nothing. An event that cannot be applied is parked with its reason
 * (never dropped) and the consumer goes on with the next. Batches of messages may be applied in one
 * transaction with the same guarantees. While the service stops, a failing event is not parked but left
 * unacknowledged ({@link ServiceStopping}). Applying an event is a span in the trace its record carries
 * ({@link EventSpans}).
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.messaging.enabled", stringValue = "true", enableIfMissing = true)
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    /** Three parameters a row stays well below PostgreSQL's 32,767 parameters per statement. */
    private static final int INBOX_ROWS_PER_STATEMENT = 5_000;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ServiceStopping stopping;
    private final EventSpans spans;

    public Inbox(EntityManager em, ObjectMapper mapper, ServiceStopping stopping, EventSpans spans) {
        this.em = em;
        this.mapper = mapper;
        this.stopping = stopping;
        this.spans = spans;
    }

    /** Applies the message with the matching handler exactly once, then acknowledges it. */
    public CompletionStage<Void> apply(Message<String> message, EventHandlers handlers) {
        decode(message, handlers).ifPresent(event -> applyOne(event, handlers));
        return message.ack();
    }

    /** Applies a polled batch of records with {@link #applyAll}, then acknowledges the batch. */
    public CompletionStage<Void> apply(KafkaRecordBatch<?, String> batch, EventHandlers handlers) {
        applyAll(batch.getRecords(), handlers);
        return batch.ack();
    }

    /**
     * Applies many messages in one transaction: their inbox rows in one statement, and each run of
     * consecutive events of one type through the type's batch effect, so that delivery order holds.
     * Events already in the inbox are left out, so a replayed batch changes nothing. If the batch
     * fails, it is rolled back and applied again one event per transaction, which parks only the
     * event that cannot be applied. Does not acknowledge the messages.
     */
    public void applyAll(List<? extends Message<String>> messages, EventHandlers handlers) {
        List<Decoded> decoded = messages.stream().map(message -> decode(message, handlers)).flatMap(Optional::stream)
                .toList();
        if (decoded.isEmpty()) {
            return;
        }
        if (decoded.size() == 1) {
            applyOne(decoded.get(0), handlers);
            return;
        }
        List<Span> batchSpans = decoded.stream().map(event -> spanOf(event, handlers)).toList();
        try {
            untilStored(() -> QuarkusTransaction.requiringNew().run(() -> applyTogether(decoded, handlers)));
            batchSpans.forEach(Span::end);
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d events for %s failed (%s); applying them one by one", decoded.size(),
                    handlers.consumer(), TransientFailures.rootMessage(e));
            batchSpans.forEach(span -> span.setStatus(StatusCode.ERROR, "batch rolled back, applied one by one").end());
            decoded.forEach(event -> applyOne(event, handlers));
        }
    }

    /**
     * {@link #reapplyParked} as a consumer calls it once at startup: a failure (the database not there yet) is
     * logged and leaves the parked events for the next start, and never stops the service from starting.
     */
    public void reapplyParkedAtStartup(EventHandlers handlers, String reasonPrefix) {
        try {
            reapplyParked(handlers, reasonPrefix);
        } catch (RuntimeException e) {
            LOG.warnf("Parked events of %s could not be applied again at startup: %s", handlers.consumer(),
                    e.getMessage());
        }
    }

    /**
     * Applies again the events this consumer parked for a reason that a later version no longer fails on
     * (a reason starting with {@code reasonPrefix}), each in its own transaction with its inbox row; the
     * parked row is removed when its event is applied, and stays when it fails again. Replicas doing it at
     * once apply each event once. Returns how many were applied.
     */
    @SuppressWarnings("unchecked")
    public int reapplyParked(EventHandlers handlers, String reasonPrefix) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT id, event_id, event_type, payload FROM parked_event
                WHERE consumer = :consumer AND left(reason, length(:prefix)) = :prefix AND event_id IS NOT NULL
                ORDER BY id""")
                .setParameter("consumer", handlers.consumer()).setParameter("prefix", reasonPrefix).getResultList());
        int applied = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String type = (String) row[2];
            Optional<Class<?>> record = EventTypes.recordNamed(type, ChainEvent.class.getClassLoader());
            if (record.isEmpty() || !ChainEvent.class.isAssignableFrom(record.get())
                    || !handlers.handles(record.get().asSubclass(ChainEvent.class))) {
                continue;
            }
            Class<? extends ChainEvent> eventClass = record.get().asSubclass(ChainEvent.class);
            try {
                ChainEvent event = mapper.readValue((String) row[3], eventClass);
                UUID eventId = UUID.fromString((String) row[1]);
                boolean done = QuarkusTransaction.requiringNew().call(() -> {
                    // Deleting first locks the row: another replica waits here and then finds nothing to do.
                    if (em.createNativeQuery("DELETE FROM parked_event WHERE id = :id").setParameter("id", id)
                            .executeUpdate() == 0) {
                        return false;
                    }
                    if (firstDelivery(eventId, handlers.consumer(), type)) {
                        handlers.handlerFor(eventClass).orElseThrow().accept(event);
                    }
                    return true;
                });
                applied += done ? 1 : 0;
            } catch (Exception e) {
                LOG.warnf("Parked %s %s for %s still cannot be applied: %s", type, row[1], handlers.consumer(),
                        reasonOf(e));
            }
        }
        if (applied > 0) {
            LOG.infof("Applied %d events %s had parked (%s...)", applied, handlers.consumer(), reasonPrefix);
        }
        return applied;
    }

    /** A message that carries an event this consumer applies. */
    private record Decoded(Message<String> message, UUID eventId, String type, Class<? extends ChainEvent> eventClass,
            ChainEvent event) {
    }

    /** The event of a message, or empty when it is not for this consumer or was parked as unreadable. */
    private Optional<Decoded> decode(Message<String> message, EventHandlers handlers) {
        Optional<IncomingCloudEventMetadata> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class);
        if (cloudEvent.isEmpty()) {
            park(message, handlers.consumer(), null, null, "not a CloudEvent: no ce_id/ce_type headers");
            return Optional.empty();
        }
        String id = cloudEvent.get().getId();
        String type = cloudEvent.get().getType();
        Optional<Class<?>> record = EventTypes.recordNamed(type, ChainEvent.class.getClassLoader());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        if (!ChainEvent.class.isAssignableFrom(record.get())) {
            untilStored(() -> park(message, handlers.consumer(), id, type, "type is not an event of the contracts"));
            return Optional.empty();
        }
        Class<? extends ChainEvent> eventClass = record.get().asSubclass(ChainEvent.class);
        if (!handlers.handles(eventClass)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Decoded(message, UUID.fromString(id), type, eventClass,
                    mapper.readValue(message.getPayload(), eventClass)));
        } catch (Exception e) {
            LOG.errorf("Parking %s %s for %s: %s", type, id, handlers.consumer(), e.getMessage());
            untilStored(() -> park(message, handlers.consumer(), id, type, reasonOf(e)));
            return Optional.empty();
        }
    }

    private Span spanOf(Decoded decoded, EventHandlers handlers) {
        return spans.start(decoded.message(), handlers.consumer(), decoded.type(), decoded.eventId(), decoded.event());
    }

    private void applyOne(Decoded decoded, EventHandlers handlers) {
        Span span = spanOf(decoded, handlers);
        RuntimeException failure = null;
        try (Scope scope = span.makeCurrent()) {
            failure = applyOneInSpan(decoded, handlers);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            EventSpans.end(span, failure);
        }
    }

    /** Applies the event, or parks it; the failure it was parked for, or null. */
    private RuntimeException applyOneInSpan(Decoded decoded, EventHandlers handlers) {
        try {
            untilStored(() -> QuarkusTransaction.requiringNew().run(() -> {
                if (firstDelivery(decoded.eventId(), handlers.consumer(), decoded.type())) {
                    handlers.handlerFor(decoded.eventClass()).orElseThrow().accept(decoded.event());
                }
            }));
            return null;
        } catch (RuntimeException e) {
            if (stopping.now()) {
                LOG.warnf("%s %s for %s not applied while the service stops (%s); left for Kafka to deliver again",
                        decoded.type(), decoded.eventId(), handlers.consumer(), TransientFailures.rootMessage(e));
                throw e;
            }
            LOG.errorf("Parking %s %s for %s: %s", decoded.type(), decoded.eventId(), handlers.consumer(),
                    e.getMessage());
            untilStored(() -> park(decoded.message(), handlers.consumer(), decoded.eventId().toString(),
                    decoded.type(), reasonOf(e)));
            return e;
        }
    }

    private void applyTogether(List<Decoded> batch, EventHandlers handlers) {
        Set<UUID> fresh = firstDeliveries(batch, handlers.consumer());
        List<Decoded> toApply = new ArrayList<>();
        for (Decoded decoded : batch) {
            // remove() also drops an event delivered twice within the batch after its first copy.
            if (fresh.remove(decoded.eventId())) {
                toApply.add(decoded);
            }
        }
        int start = 0;
        for (int i = 1; i <= toApply.size(); i++) {
            if (i == toApply.size() || toApply.get(i).eventClass() != toApply.get(start).eventClass()) {
                handlers.batchHandlerFor(toApply.get(start).eventClass())
                        .accept(toApply.subList(start, i).stream().map(Decoded::event).toList());
                start = i;
            }
        }
    }

    /** Records the events in the inbox, one statement per 5,000; the ids that were not there yet. */
    private Set<UUID> firstDeliveries(List<Decoded> batch, String consumer) {
        Set<UUID> fresh = new HashSet<>();
        for (int from = 0; from < batch.size(); from += INBOX_ROWS_PER_STATEMENT) {
            fresh.addAll(firstDeliveriesOf(batch.subList(from, Math.min(batch.size(), from + INBOX_ROWS_PER_STATEMENT)),
                    consumer));
        }
        return fresh;
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> firstDeliveriesOf(List<Decoded> rows, String consumer) {
        StringBuilder sql = new StringBuilder("INSERT INTO inbox_event (event_id, consumer, event_type) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2)
                    .append(", ?").append(3 * i + 3).append(')');
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING event_id");
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            insert.setParameter(3 * i + 1, rows.get(i).eventId()).setParameter(3 * i + 2, consumer)
                    .setParameter(3 * i + 3, rows.get(i).type());
        }
        Set<UUID> fresh = new HashSet<>();
        for (Object id : (List<Object>) insert.getResultList()) {
            fresh.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return fresh;
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
