package org.appsupervision.notice.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many complaints each app drew, per problem kind, so that officials can choose re-check targets: merged ones
 * count in the complaint they were merged into, rejected ones not at all, repeats from one address once.
 */
@ApplicationScoped
public class ComplaintCounts {

    private static final String APP_KEY = "coalesce(c.package_name, '#' || lower(c.app_name))";
    private static final String COUNTED = "c.status <> 'REJECTED' AND c.status <> 'MERGED'";

    /** One app's complaints: by package name when given, else by the name as written. */
    public record AppCount(String packageName, String appName, long complaints, long open,
            Map<String, Long> perProblem) {
    }

    /** Complaints about one app of one problem kind, and when the latest came. */
    public record ProblemCount(String problem, long complaints, Instant latest) {
    }

    private final EntityManager em;

    public ComplaintCounts(EntityManager em) {
        this.em = em;
    }

    /** The apps with most complaints, most first (at most {@code limit}). */
    @SuppressWarnings("unchecked")
    public List<AppCount> topApps(int limit) {
        List<Object[]> apps = em.createNativeQuery("""
                SELECT %s AS app_key, max(c.package_name), max(c.app_name), count(*),
                       count(*) FILTER (WHERE c.status IN ('RECEIVED', 'UNDER_REVIEW'))
                FROM complaint c WHERE %s GROUP BY 1 ORDER BY 4 DESC, 1 LIMIT ?1""".formatted(APP_KEY, COUNTED))
                .setParameter(1, limit).getResultList();
        if (apps.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> perProblem = new LinkedHashMap<>();
        List<Object[]> problems = em.createNativeQuery("""
                SELECT %s AS app_key, p.code, count(*)
                FROM complaint c CROSS JOIN unnest(c.problem_codes) AS p(code)
                WHERE %s AND %s = ANY (string_to_array(?1, chr(31)))
                GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2""".formatted(APP_KEY, COUNTED, APP_KEY))
                .setParameter(1, String.join("\u001f", apps.stream().map(r -> (String) r[0]).toList()))
                .getResultList();
        for (Object[] row : problems) {
            perProblem.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        List<AppCount> result = new ArrayList<>();
        for (Object[] row : apps) {
            result.add(new AppCount((String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue(), perProblem.getOrDefault((String) row[0], Map.of())));
        }
        return result;
    }

    /** One app's complaints per problem kind (for its timeline). */
    @SuppressWarnings("unchecked")
    public List<ProblemCount> ofApp(String packageName) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.code, count(*), max(c.received_at)
                FROM complaint c CROSS JOIN unnest(c.problem_codes) AS p(code)
                WHERE c.package_name = ?1 AND %s GROUP BY p.code ORDER BY 2 DESC, 1""".formatted(COUNTED))
                .setParameter(1, packageName).getResultList();
        return rows.stream().map(r -> new ProblemCount((String) r[0], ((Number) r[1]).longValue(), instant(r[2])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
