package org.appsupervision.notice.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.appsupervision.notice.complaint.ComplaintCounts;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.appsupervision.notice.stats.StatsView.Breakdown;

/**
 * Campaign statistics: cumulative totals as imported (the latest announced snapshot plus the archived notices after
 * it) and as the suite's own records after it, notice batches apart from detection batches; per year, province,
 * problem kind and store breakdowns of the suite's own records, and per year of the archived notices.
 */
@ApplicationScoped
public class StatsService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** An app of a notice: its package, or for an archived row without one, its name and operator. */
    private static final String APP_KEY =
            "CASE WHEN i.subject = 'APP' THEN coalesce(i.package_name, i.app_name || '|' || i.operator_credit_code) END";

    /** How many of the most complained-about apps the statistics list. */
    static final int TOP_COMPLAINED_APPS = 20;

    private final EntityManager em;
    private final ComplaintCounts complaints;

    public StatsService(EntityManager em, ComplaintCounts complaints) {
        this.em = em;
        this.complaints = complaints;
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
        Object[] h = history.isEmpty() ? new Object[] {null, 0, 0L, 0, 0, null} : history.get(0);
        Object[] archived = notices(true, since, asOf);
        Object[] own = notices(false, since, asOf);
        Object[] detection = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(sum(apps_tested), 0) FROM detection_batch WHERE kind = 'DETECTION' AND run_to > ?1 AND run_to <= ?2""")
                .setParameter(1, since).setParameter(2, asOf).getSingleResult();
        Long removals = h[5] == null ? null : n(h[5]);
        StatsView.Figures imported = new StatsView.Figures(n(h[1]) + n(archived[0]), 0, n(h[2]),
                n(h[3]) + n(archived[1]), n(h[4]) + n(archived[2]), removals);
        StatsView.Figures mine = new StatsView.Figures(n(own[0]), n(detection[0]), n(detection[1]), n(own[1]),
                n(own[2]), null);
        StatsView.Totals totals = new StatsView.Totals(asOf, history.isEmpty() ? null : since,
                imported.noticeBatches() + mine.noticeBatches(), mine.detectionBatches(),
                imported.appsTested() + mine.appsTested(), imported.appsNotified() + mine.appsNotified(),
                imported.appsTakenDown() + mine.appsTakenDown(), removals, imported, mine);
        return new StatsView(totals, breakdown(true, false), breakdown(false, false), perProblem(), storeShares(),
                breakdown(true, true), complaints.topApps(TOP_COMPLAINED_APPS));
    }

    /** Numbered notices (notice batches), apps notified and apps taken down, published after {@code since}. */
    private Object[] notices(boolean imported, LocalDate since, LocalDate asOf) {
        return (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT n.id) FILTER (WHERE n.cumulative_batch IS NOT NULL),
                       count(DISTINCT %s),
                       count(DISTINCT %s) FILTER (WHERE n.kind = 'TAKEDOWN')
                FROM notice n LEFT JOIN notice_item i ON i.notice_id = n.id
                WHERE n.status = 'PUBLISHED' AND (n.imported_by IS NOT NULL) = ?1
                  AND n.published_at >= ?2 AND n.published_at < ?3""".formatted(APP_KEY, APP_KEY))
                .setParameter(1, imported)
                .setParameter(2, since.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime())
                .setParameter(3, asOf.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime()).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Breakdown> breakdown(boolean byYear, boolean imported) {
        String batchKey = byYear ? "to_char(run_to, 'YYYY')" : "province_code";
        String noticeKey = byYear ? "to_char(n.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY')" : "i.operator_province_code";
        String label = byYear ? "k" : "(SELECT name_zh FROM province p WHERE p.code = k)";
        String batches = imported ? "SELECT NULL::text AS k, 0 AS batches, 0 AS tested WHERE false"
                : "SELECT %s AS k, count(*) AS batches, sum(apps_tested) AS tested FROM detection_batch WHERE kind = 'DETECTION' AND %s IS NOT NULL GROUP BY 1"
                        .formatted(batchKey, batchKey);
        List<Object[]> rows = em.createNativeQuery("""
                WITH b AS (%s),
                     a AS (SELECT %s AS k, count(DISTINCT n.id) FILTER (WHERE n.cumulative_batch IS NOT NULL) AS numbered,
                                  count(DISTINCT %s) AS notified,
                                  count(DISTINCT %s) FILTER (WHERE n.kind = 'TAKEDOWN') AS taken
                           FROM notice_item i JOIN notice n ON n.id = i.notice_id
                           WHERE n.status = 'PUBLISHED' AND (n.imported_by IS NOT NULL) = %s GROUP BY 1)
                SELECT k, %s, coalesce(a.numbered, 0), coalesce(b.batches, 0), coalesce(b.tested, 0),
                       coalesce(a.notified, 0), coalesce(a.taken, 0)
                FROM b FULL JOIN a USING (k) ORDER BY k""".formatted(batches, noticeKey, APP_KEY, APP_KEY, imported, label))
                .getResultList();
        return rows.stream().map(r -> new Breakdown(String.valueOf(r[0]).strip(), (String) r[1],
                byYear ? n(r[2]) : 0, n(r[3]), n(r[4]), n(r[5]), n(r[6]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Breakdown> perProblem() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT k.code, k.label_zh,
                       count(DISTINCT %s),
                       count(DISTINCT %s) FILTER (WHERE n.kind = 'TAKEDOWN')
                FROM problem_kind k
                JOIN notice_item_problem p ON p.problem_code = k.code
                JOIN notice_item i ON i.id = p.item_id JOIN notice n ON n.id = i.notice_id AND n.status = 'PUBLISHED'
                WHERE n.imported_by IS NULL
                GROUP BY k.code, k.label_zh ORDER BY 3 DESC, 1""".formatted(APP_KEY, APP_KEY)).getResultList();
        return rows.stream().map(r -> new Breakdown((String) r[0], (String) r[1], 0, 0, 0, n(r[2]), n(r[3]))).toList();
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
