package org.appsupervision.notice.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.appsupervision.notice.stats.StatsView.Breakdown;

/**
 * Campaign statistics: cumulative totals from the latest imported historical snapshot plus the system's own
 * records after it, and per year, province, problem kind and store breakdowns of the system's records.
 */
@ApplicationScoped
public class StatsService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;

    public StatsService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void importHistory(List<StatsView.HistoryEntry> entries, String admin) {
        for (StatsView.HistoryEntry e : entries) {
            em.createNativeQuery("""
                    INSERT INTO stats_history (as_of, batches, apps_tested, apps_notified, apps_taken_down,
                                               proactive_removals, source, imported_by, imported_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                    ON CONFLICT (as_of) DO UPDATE SET batches = EXCLUDED.batches, apps_tested = EXCLUDED.apps_tested,
                        apps_notified = EXCLUDED.apps_notified, apps_taken_down = EXCLUDED.apps_taken_down,
                        proactive_removals = EXCLUDED.proactive_removals, source = EXCLUDED.source,
                        imported_by = EXCLUDED.imported_by, imported_at = EXCLUDED.imported_at""")
                    .setParameter(1, e.asOf()).setParameter(2, e.batches()).setParameter(3, e.appsTested())
                    .setParameter(4, e.appsNotified()).setParameter(5, e.appsTakenDown())
                    .setParameter(6, e.proactiveRemovals()).setParameter(7, e.source()).setParameter(8, admin)
                    .setParameter(9, Instant.now()).executeUpdate();
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public StatsView stats(LocalDate asOf) {
        List<Object[]> history = em.createNativeQuery("""
                SELECT as_of, batches, apps_tested, apps_notified, apps_taken_down, proactive_removals
                FROM stats_history WHERE as_of <= ?1 ORDER BY as_of DESC LIMIT 1""").setParameter(1, asOf).getResultList();
        LocalDate since = history.isEmpty() ? LocalDate.of(1970, 1, 1) : toDate(history.get(0)[0]);
        Object[] own = (Object[]) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM detection_batch WHERE run_to > ?1 AND run_to <= ?2),
                       (SELECT coalesce(sum(apps_tested), 0) FROM detection_batch WHERE run_to > ?1 AND run_to <= ?2),
                       (SELECT count(DISTINCT i.package_name) FROM notice_item i JOIN notice n ON n.id = i.notice_id
                        WHERE n.status = 'PUBLISHED' AND n.published_at >= ?3 AND n.published_at < ?4),
                       (SELECT count(DISTINCT i.package_name) FROM notice_item i JOIN notice n ON n.id = i.notice_id
                        WHERE n.status = 'PUBLISHED' AND n.kind = 'TAKEDOWN' AND n.published_at >= ?3 AND n.published_at < ?4)""")
                .setParameter(1, since).setParameter(2, asOf)
                .setParameter(3, since.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime())
                .setParameter(4, asOf.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime()).getSingleResult();
        Object[] h = history.isEmpty() ? new Object[] {null, 0, 0L, 0, 0, null} : history.get(0);
        StatsView.Totals totals = new StatsView.Totals(asOf, history.isEmpty() ? null : since,
                n(h[1]) + n(own[0]), n(h[2]) + n(own[1]), n(h[3]) + n(own[2]), n(h[4]) + n(own[3]),
                h[5] == null ? null : n(h[5]));
        return new StatsView(totals, breakdown(true), breakdown(false), perProblem(), storeShares());
    }

    @SuppressWarnings("unchecked")
    private List<Breakdown> breakdown(boolean byYear) {
        String batchKey = byYear ? "to_char(run_to, 'YYYY')" : "province_code";
        String noticeKey = byYear ? "to_char(n.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY')" : "i.operator_province_code";
        String label = byYear ? "k" : "(SELECT name_zh FROM province p WHERE p.code = k)";
        List<Object[]> rows = em.createNativeQuery("""
                WITH b AS (SELECT %s AS k, count(*) AS batches, sum(apps_tested) AS tested FROM detection_batch
                           WHERE %s IS NOT NULL GROUP BY 1),
                     a AS (SELECT %s AS k, count(DISTINCT i.package_name) AS notified,
                                  count(DISTINCT i.package_name) FILTER (WHERE n.kind = 'TAKEDOWN') AS taken
                           FROM notice_item i JOIN notice n ON n.id = i.notice_id WHERE n.status = 'PUBLISHED' GROUP BY 1)
                SELECT k, %s, coalesce(b.batches, 0), coalesce(b.tested, 0), coalesce(a.notified, 0), coalesce(a.taken, 0)
                FROM b FULL JOIN a USING (k) ORDER BY k""".formatted(batchKey, batchKey, noticeKey, label))
                .getResultList();
        return rows.stream().map(r -> new Breakdown(String.valueOf(r[0]).strip(), (String) r[1], n(r[2]), n(r[3]),
                n(r[4]), n(r[5]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Breakdown> perProblem() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT k.code, k.label_zh,
                       count(DISTINCT i.package_name),
                       count(DISTINCT i.package_name) FILTER (WHERE n.kind = 'TAKEDOWN')
                FROM problem_kind k
                JOIN notice_item_problem p ON p.problem_code = k.code
                JOIN notice_item i ON i.id = p.item_id JOIN notice n ON n.id = i.notice_id AND n.status = 'PUBLISHED'
                GROUP BY k.code, k.label_zh ORDER BY 3 DESC, 1""").getResultList();
        return rows.stream().map(r -> new Breakdown((String) r[0], (String) r[1], 0, 0, n(r[2]), n(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<StatsView.StoreShare> storeShares() {
        List<Object[]> rows = em.createNativeQuery("""
                WITH s AS (SELECT source_store, count(DISTINCT package_name) AS apps FROM finding GROUP BY 1),
                     t AS (SELECT count(DISTINCT package_name) AS apps FROM finding)
                SELECT s.source_store, (SELECT name_zh FROM store WHERE code = s.source_store), s.apps,
                       round(100.0 * s.apps / nullif(t.apps, 0), 2)
                FROM s, t ORDER BY s.apps DESC, 1""").getResultList();
        return rows.stream().map(r -> new StatsView.StoreShare((String) r[0], (String) r[1], n(r[2]),
                r[3] == null ? 0 : ((Number) r[3]).doubleValue())).toList();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
