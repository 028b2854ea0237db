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
import java.util.ArrayList;
import java.util.List;
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

    private static final int COLUMNS = 9;
    /** Nine parameters a row stays well below PostgreSQL's 32,767 parameters per statement. */
    static final int ROWS_PER_STATEMENT = 2_000;

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
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Appends the events, in this order, to the outbox of the caller's transaction and returns their event ids: one
     * statement per {@value #ROWS_PER_STATEMENT} events (a publication's hundreds of takedowns cost one round trip
     * and one flush of the persistence context, not one each), and one wake-up of the relay at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<? extends ChainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, String> trace = traces.current();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> ids = new ArrayList<>(events.size());
        // Plain SQL on the transaction's connection: Hibernate's native query cost about as much as the INSERT itself
        // on a single confirmation. The session is flushed first, as the native query did, so the caller's changes
        // still reach the database (and fail, if they do) before the events are written.
        Session session = em.unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
                List<? extends ChainEvent> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
                StringBuilder sql = new StringBuilder("""
                        INSERT INTO outbox_event (event_id, event_type, schema_version, aggregate_id, chain_id, occurred_at,
                                                  payload, traceparent, tracestate) VALUES\s""");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                }
                try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ChainEvent event = chunk.get(i);
                        UUID eventId = UUID.randomUUID();
                        ids.add(eventId);
                        int p = COLUMNS * i;
                        insert.setObject(p + 1, eventId);
                        insert.setString(p + 2, event.eventType());
                        insert.setInt(p + 3, event.schemaVersion());
                        insert.setString(p + 4, event.aggregateId());
                        insert.setObject(p + 5, event.chainId(), java.sql.Types.OTHER);
                        insert.setObject(p + 6, now);
                        insert.setString(p + 7, toJson(event));
                        insert.setString(p + 8, trace.get(TraceContexts.TRACEPARENT));
                        insert.setString(p + 9, trace.get(TraceContexts.TRACESTATE));
                    }
                    insert.executeUpdate();
                }
            }
        });
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return ids;
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
