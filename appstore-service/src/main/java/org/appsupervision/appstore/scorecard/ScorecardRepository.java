package org.appsupervision.appstore.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.appsupervision.appstore.store.ChannelKind;

/** Aggregates the takedown orders per store in the database, so a scorecard never loads orders. */
@ApplicationScoped
public class ScorecardRepository {

    private final EntityManager em;

    public ScorecardRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * One row per channel (all channels when {@code storeCode} is null, only those of {@code kind} when it is not
     * null), channels without orders included.
     */
    @SuppressWarnings("unchecked")
    public List<Scorecard> of(String storeCode, ChannelKind kind, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.code, s.name_zh,
                       count(o.id),
                       count(o.id) FILTER (WHERE o.status = 'CONFIRMED'),
                       count(o.id) FILTER (WHERE o.status = 'CONFIRMED' AND o.confirmed_at <= o.deadline),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.confirmed_at - o.ordered_at))
                           FILTER (WHERE o.confirmed_at IS NOT NULL),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM o.confirmed_at - o.ordered_at))
                           FILTER (WHERE o.confirmed_at IS NOT NULL),
                       count(o.id) FILTER (WHERE o.overdue_at IS NOT NULL AND o.status IN ('PENDING', 'ACKNOWLEDGED')),
                       count(o.id) FILTER (WHERE o.objected_at IS NOT NULL),
                       count(o.id) FILTER (WHERE o.objection_outcome = 'ACCEPTED'),
                       count(o.id) FILTER (WHERE o.objection_outcome = 'REJECTED'),
                       count(o.id) FILTER (WHERE o.status = 'OBJECTED'),
                       (SELECT count(*) FROM proactive_removal p WHERE p.store_code = s.code
                            AND p.removed_at >= ?1 AND p.removed_at < ?2),
                       s.kind
                FROM store s
                LEFT JOIN takedown_order o ON o.store_code = s.code AND o.kind = 'TAKEDOWN'
                     AND o.ordered_at >= ?1 AND o.ordered_at < ?2
                WHERE (?3 = '' OR s.code = ?3) AND (?4 = '' OR s.kind = ?4)
                GROUP BY s.code, s.name_zh, s.kind
                ORDER BY s.code""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, storeCode == null ? "" : storeCode)
                .setParameter(4, kind == null ? "" : kind.name())
                .getResultList();
        return rows.stream().map(r -> new Scorecard((String) r[0], (String) r[1], from, to, count(r[2]), count(r[3]),
                count(r[4]), seconds(r[5]), seconds(r[6]), count(r[7]),
                new Scorecard.Objections(count(r[8]), count(r[9]), count(r[10]), count(r[11])), count(r[12]),
                ChannelKind.valueOf((String) r[13]))).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
