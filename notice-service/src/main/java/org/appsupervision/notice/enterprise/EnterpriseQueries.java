package org.appsupervision.notice.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.appsupervision.notice.enterprise.EnterpriseViews.App;
import org.appsupervision.notice.enterprise.EnterpriseViews.AppNotice;
import org.appsupervision.notice.enterprise.EnterpriseViews.Finding;
import org.appsupervision.notice.enterprise.EnterpriseViews.Item;
import org.appsupervision.notice.enterprise.EnterpriseViews.NoticeLine;
import org.appsupervision.notice.enterprise.EnterpriseViews.Problem;
import org.appsupervision.notice.enterprise.EnterpriseViews.Rectification;
import org.appsupervision.notice.notice.NoticeKind;
import org.appsupervision.platform.paging.Cursor;

/**
 * The enterprise's reads in SQL, every one filtered by its credit code in the query itself: apps by their operator,
 * notice items by the operator the published notice names (app items only: an SDK item's party is its provider,
 * which has no login). Lists are read with one row more than the page.
 */
@ApplicationScoped
public class EnterpriseQueries {

    private static final String SEP = "chr(31)";
    private static final String PUBLISHED_ITEMS_OF_APP = "FROM notice_item i JOIN notice n ON n.id = i.notice_id "
            + "WHERE i.package_name = a.package_name AND n.status = 'PUBLISHED'";

    private final EntityManager em;

    public EnterpriseQueries(EntityManager em) {
        this.em = em;
    }

    /** The enterprise's apps by name and package, after the cursor (name, package name). */
    @SuppressWarnings("unchecked")
    public List<App> apps(String code, String packageName, Cursor after, int limit) {
        String sql = """
                SELECT a.package_name, a.name, a.filing_number, o.name, o.credit_code,
                  array_to_string(ARRAY(SELECT DISTINCT v FROM (
                      SELECT f.app_version AS v FROM finding f WHERE f.package_name = a.package_name
                      UNION SELECT i.app_version %1$s AND i.app_version IS NOT NULL) x ORDER BY v), %2$s),
                  array_to_string(ARRAY(SELECT DISTINCT s FROM (
                      SELECT f.source_store AS s FROM finding f WHERE f.package_name = a.package_name
                      UNION SELECT st.store_code FROM notice_item_store st JOIN notice_item i ON i.id = st.item_id
                        JOIN notice n ON n.id = i.notice_id
                        WHERE i.package_name = a.package_name AND n.status = 'PUBLISHED') y ORDER BY s), %2$s),
                  EXISTS (SELECT 1 %1$s AND n.kind = 'TAKEDOWN' AND n.imported_by IS NULL
                      AND NOT EXISTS (SELECT 1 FROM takedown_lifting l WHERE l.item_id = i.id)),
                  array_to_string(ARRAY(SELECT DISTINCT c.store_code FROM notice_item i
                      JOIN notice n ON n.id = i.notice_id JOIN store_confirmation c ON c.item_id = i.id
                      WHERE i.package_name = a.package_name AND n.status = 'PUBLISHED' AND n.kind = 'TAKEDOWN'
                      AND NOT EXISTS (SELECT 1 FROM takedown_lifting l WHERE l.item_id = i.id) ORDER BY 1), %2$s)
                FROM app a JOIN operator o ON o.credit_code = a.operator_credit_code
                WHERE a.operator_credit_code = :code
                """.formatted(PUBLISHED_ITEMS_OF_APP, SEP);
        if (packageName != null) {
            sql += " AND a.package_name = :pkg";
        }
        if (after != null) {
            sql += " AND (a.name, a.package_name) > (:k0, :k1)";
        }
        Query query = em.createNativeQuery(sql + " ORDER BY a.name, a.package_name LIMIT :limit")
                .setParameter("code", code).setParameter("limit", limit);
        if (packageName != null) {
            query.setParameter("pkg", packageName);
        }
        if (after != null) {
            query.setParameter("k0", after.text(0)).setParameter("k1", after.text(1));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new App((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], trim(r[4]), split(r[5]), split(r[6]), (Boolean) r[7], split(r[8])))
                .toList();
    }

    /** Findings against the enterprise's apps (one app, or all), newest id first, after the cursor's id. */
    @SuppressWarnings("unchecked")
    public List<Finding> findings(String code, String packageName, Long afterId, int limit,
            Function<List<String>, List<Problem>> problems, Function<String, String> authorityName) {
        String sql = """
                SELECT f.id, f.package_name, a.name, f.app_version, f.source_store,
                       array_to_string(f.problem_codes, ','), f.evidence, f.detected_at, b.run_from, b.run_to,
                       coalesce(b.province_code, 'MINISTRY')
                FROM finding f JOIN app a ON a.package_name = f.package_name
                LEFT JOIN detection_batch b ON b.id = f.batch_id
                WHERE a.operator_credit_code = :code
                """;
        if (packageName != null) {
            sql += " AND f.package_name = :pkg";
        }
        if (afterId != null) {
            sql += " AND f.id < :after";
        }
        Query query = em.createNativeQuery(sql + " ORDER BY f.id DESC LIMIT :limit").setParameter("code", code)
                .setParameter("limit", limit);
        if (packageName != null) {
            query.setParameter("pkg", packageName);
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Finding(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4], problems.apply(commaSplit(r[5])),
                (String) r[6], instant(r[7]), date(r[8]), date(r[9]), (String) r[10],
                authorityName.apply((String) r[10]))).toList();
    }

    public long findingCount(String code, String packageName) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM finding f JOIN app a ON a.package_name = f.package_name
                WHERE a.operator_credit_code = :code AND f.package_name = :pkg""")
                .setParameter("code", code).setParameter("pkg", packageName).getSingleResult()).longValue();
    }

    /** Published notices naming the enterprise, newest first, after the cursor (published at, id). */
    @SuppressWarnings("unchecked")
    public List<NoticeLine> notices(String code, Cursor after, int limit) {
        String sql = """
                SELECT n.id, n.kind, n.title, n.published_at, n.deadline_date, n.yearly_batch, n.cumulative_batch,
                       count(*)
                FROM notice n JOIN notice_item i ON i.notice_id = n.id
                WHERE n.status = 'PUBLISHED' AND i.operator_credit_code = :code AND i.subject = 'APP'
                """;
        if (after != null) {
            sql += " AND (n.published_at, n.id) < (:k0, :k1)";
        }
        Query query = em.createNativeQuery(sql + " GROUP BY n.id ORDER BY n.published_at DESC, n.id DESC LIMIT :limit")
                .setParameter("code", code).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("k0", OffsetDateTime.ofInstant(after.instant(0), java.time.ZoneOffset.UTC))
                    .setParameter("k1", after.uuid(1));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new NoticeLine((UUID) r[0],
                NoticeKind.valueOf((String) r[1]), (String) r[2], instant(r[3]), date(r[4]), integer(r[5]),
                integer(r[6]), ((Number) r[7]).intValue())).toList();
    }

    /** The enterprise's items of one published notice (none when it is not published or names it not), in order. */
    @SuppressWarnings("unchecked")
    public List<Item> items(String code, UUID noticeId, Function<List<String>, List<Problem>> problems) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.id, i.chain_id, i.seq, i.app_name, i.package_name, i.app_version,
                       array_to_string(ARRAY(SELECT p.problem_code FROM notice_item_problem p WHERE p.item_id = i.id
                           ORDER BY p.problem_code), ','),
                       array_to_string(ARRAY(SELECT s.store_code FROM notice_item_store s WHERE s.item_id = i.id
                           ORDER BY s.store_code), chr(31)),
                       n.deadline_date, r.status, r.fixed_version, r.set_at, r.deadline_passed_at, l.lifted_at
                FROM notice_item i JOIN notice n ON n.id = i.notice_id
                LEFT JOIN item_rectification r ON r.item_id = i.id
                LEFT JOIN takedown_lifting l ON l.item_id = i.id
                WHERE n.id = :notice AND n.status = 'PUBLISHED' AND i.operator_credit_code = :code AND i.subject = 'APP'
                ORDER BY i.seq""").setParameter("notice", noticeId).setParameter("code", code).getResultList();
        return rows.stream().map(r -> new Item((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], (String) r[5], problems.apply(commaSplit(r[6])), split(r[7]), date(r[8]),
                r[9] == null ? null : new Rectification((String) r[9], (String) r[10], instant(r[11]), instant(r[12])),
                instant(r[13]))).toList();
    }

    /** The enterprise's items naming one app, newest notice first. */
    @SuppressWarnings("unchecked")
    public List<AppNotice> noticesOfApp(String code, String packageName) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.id, i.id, n.kind, n.title, n.published_at, n.deadline_date, r.status
                FROM notice_item i JOIN notice n ON n.id = i.notice_id
                LEFT JOIN item_rectification r ON r.item_id = i.id
                WHERE n.status = 'PUBLISHED' AND i.operator_credit_code = :code AND i.package_name = :pkg
                ORDER BY n.published_at DESC, n.id DESC""").setParameter("code", code).setParameter("pkg", packageName)
                .getResultList();
        return rows.stream().map(r -> new AppNotice((UUID) r[0], (UUID) r[1], NoticeKind.valueOf((String) r[2]),
                (String) r[3], instant(r[4]), date(r[5]), (String) r[6])).toList();
    }

    private static List<String> split(Object joined) {
        String text = (String) joined;
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\u001f"));
    }

    private static List<String> commaSplit(Object joined) {
        String text = (String) joined;
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    private static String trim(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
