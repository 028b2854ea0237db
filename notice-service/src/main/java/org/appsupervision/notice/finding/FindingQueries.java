package org.appsupervision.notice.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads findings with their repeat-offence flag, computed from the published notices that named the app before. */
@ApplicationScoped
public class FindingQueries {

    private final EntityManager em;

    public FindingQueries(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    /** Findings in id order; {@code readerProvince} (a bureau reader's) keeps the ministry's and that province's batches. */
    /** Findings in id order after {@code afterId}, at most {@code limit}. */
    public List<FindingView> find(String packageName, UUID batchId, long afterId, int limit, String readerProvince) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT f.id, f.batch_id, f.package_name, a.name, f.app_version, f.source_store,
                       array_to_string(f.problem_codes, ','), f.evidence, f.evidence_refs, f.detected_at,
                       array_to_string(ARRAY(
                           SELECT DISTINCT p.problem_code FROM notice_item i
                           JOIN notice n ON n.id = i.notice_id
                           JOIN notice_item_problem p ON p.item_id = i.id
                           WHERE i.package_name = f.package_name AND n.status = 'PUBLISHED'
                             AND n.published_at < f.detected_at AND p.problem_code = ANY (f.problem_codes)
                             AND coalesce(i.app_version, '') <> f.app_version), ','),
                       fs.sdk_code, s.name_zh, s.name_en, fs.sdk_version
                FROM finding f JOIN app a ON a.package_name = f.package_name
                LEFT JOIN finding_sdk fs ON fs.finding_id = f.id LEFT JOIN sdk s ON s.code = fs.sdk_code
                WHERE (CAST(?1 AS TEXT) IS NULL OR hashtext(f.package_name) = hashtext(?1) AND f.package_name = ?1)
                  AND (CAST(?2 AS UUID) IS NULL OR f.batch_id = ?2)
                  AND f.id > ?3
                  AND (CAST(?5 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM detection_batch b WHERE b.id = f.batch_id
                       AND (b.province_code IS NULL OR b.province_code = ?5)))
                ORDER BY f.id LIMIT ?4""")
                .setParameter(1, packageName).setParameter(2, batchId).setParameter(3, afterId)
                .setParameter(4, limit).setParameter(5, readerProvince).getResultList();
        return rows.stream().map(FindingQueries::toView).toList();
    }

    private static FindingView toView(Object[] row) {
        List<String> repeated = split((String) row[10]);
        return new FindingView(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], split((String) row[6]), (String) row[7], strings(row[8]),
                instant(row[9]), !repeated.isEmpty(), repeated, List.of(), row[11] == null ? null
                        : new FindingView.Sdk((String) row[11], (String) row[12], (String) row[13], (String) row[14]));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static List<String> strings(Object array) {
        try {
            if (array instanceof Array sql) {
                return Arrays.asList((String[]) sql.getArray());
            }
            return array instanceof String[] values ? Arrays.asList(values) : List.of();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
