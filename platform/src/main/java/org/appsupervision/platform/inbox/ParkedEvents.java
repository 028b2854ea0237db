package org.appsupervision.platform.inbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.appsupervision.platform.SqlValues;
import java.time.Instant;
import java.util.List;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;

/** Reads the parked events of this service, newest first. */
@ApplicationScoped
@IfBuildProperty(name = "supervision.messaging.enabled", stringValue = "true", enableIfMissing = true)
public class ParkedEvents {

    private static final String LIST = "parked-events";

    /** A parked event as admins see it. */
    public record View(long id, String eventId, String consumer, String eventType, String topic, Integer partition,
            Long offset, String reason, Instant parkedAt, String payload) {
    }

    private final EntityManager em;

    public ParkedEvents(EntityManager em) {
        this.em = em;
    }

    /** A page of the parked events, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Page<View> page(PageRequest request) {
        Cursor after = request.after(LIST);
        int limit = request.limit();
        var query = em.createNativeQuery("""
                SELECT id, event_id, consumer, event_type, topic, kafka_partition, kafka_offset, reason, parked_at, payload
                FROM parked_event""" + (after == null ? "" : " WHERE id < :after") + " ORDER BY id DESC LIMIT :limit")
                .setParameter("limit", limit + 1);
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        List<Object[]> rows = query.getResultList();
        return Page.of(rows, limit, r -> Cursor.encode(LIST, ((Number) r[0]).longValue()), r -> new View(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], r[5] == null ? null : ((Number) r[5]).intValue(),
                r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7], SqlValues.toInstant(r[8]),
                (String) r[9]));
    }

}
