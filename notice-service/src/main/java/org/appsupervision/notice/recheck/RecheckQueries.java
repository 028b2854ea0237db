package org.appsupervision.notice.recheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.notice.evidence.EvidenceFileRepository;
import org.appsupervision.notice.evidence.EvidenceView;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.problem.ProblemException;

/** Reads re-check tasks with their item, report and result: lists newest first (keyset paged) and single tasks. */
@ApplicationScoped
public class RecheckQueries {

    private static final String LIST = "rechecks";

    private static final String SELECT = """
            SELECT t.id, t.status, t.agency_code, a.name, t.assigned_by, t.assignment_reason, t.assigned_at,
                   t.created_at, i.id, i.notice_id, i.chain_id, i.package_name, i.app_name, i.operator_credit_code,
                   t.operator_province_code, n.deadline_date, r.id, r.changes, r.fixed_version, r.submitted_at,
                   r.report_hash, t.outcome, t.tested_version, t.findings, t.result_hash, t.completed_at,
                   i.subject, i.sdk_code, i.sdk_name_zh, i.sdk_name_en, i.operator_name, i.sdk_versions, t.opened_by
            FROM recheck_task t JOIN agency a ON a.credit_code = t.agency_code
            LEFT JOIN rectification_report r ON r.id = t.report_id
            JOIN notice_item i ON i.id = t.item_id JOIN notice n ON n.id = i.notice_id
            """;

    /** Which tasks a list shows: any of the filters may be null. */
    public record Filter(String agencyCode, String provinceCode, String status, String packageName, UUID itemId) {
    }

    private final EntityManager em;
    private final EvidenceFileRepository evidence;

    public RecheckQueries(EntityManager em, EvidenceFileRepository evidence) {
        this.em = em;
        this.evidence = evidence;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Page<RecheckView> list(Filter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(sql, params, "t.agency_code = :agency", "agency", filter.agencyCode());
        condition(sql, params, "t.operator_province_code = :province", "province", filter.provinceCode());
        condition(sql, params, "t.status = :status", "status", filter.status());
        condition(sql, params, "i.package_name = :pkg", "pkg", filter.packageName());
        condition(sql, params, "t.item_id = :item", "item", filter.itemId());
        Cursor after = page.after(LIST);
        if (after != null) {
            condition(sql, params, "(t.created_at, t.id) < (:k0, :k1)", "k0", after.instant(0));
            params.put("k1", after.uuid(1));
        }
        sql.append(" ORDER BY t.created_at DESC, t.id DESC LIMIT ").append(page.limit() + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return Page.of(rows, page.limit(), row -> Cursor.encode(LIST, instant(row[7]), row[0]),
                row -> view(row, false));
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    /** One task with its evidence lists; 404 when it does not exist or the agency (if given) does not hold it. */
    @Transactional
    @SuppressWarnings("unchecked")
    public RecheckView get(UUID id, String agencyCode) {
        List<Object[]> rows = em.createNativeQuery(SELECT + "WHERE t.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().filter(row -> agencyCode == null || agencyCode.equals(row[2])).findFirst()
                .map(row -> view(row, true)).orElseThrow(() -> ProblemException.notFound("Re-check task", id));
    }

    private RecheckView view(Object[] row, boolean withEvidence) {
        UUID taskId = (UUID) row[0];
        UUID reportId = (UUID) row[16];
        List<EvidenceView> reportEvidence = withEvidence && reportId != null
                ? evidence.ofReport(reportId).stream().map(EvidenceView::of).toList() : null;
        List<EvidenceView> resultEvidence = withEvidence
                ? evidence.ofTask(taskId).stream().map(EvidenceView::of).toList() : null;
        RecheckView.Result result = row[21] == null && !withEvidence ? null
                : new RecheckView.Result((String) row[21], (String) row[22], (String) row[23], (String) row[24],
                        instant(row[25]), resultEvidence);
        return new RecheckView(taskId, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], instant(row[6]), instant(row[7]),
                new RecheckView.Item((UUID) row[8], (UUID) row[9], (UUID) row[10], (String) row[11], (String) row[12],
                        ((String) row[13]).strip(), (String) row[14], date(row[15]), (String) row[26], sdk(row)),
                reportId == null ? null : new RecheckView.Report(reportId, (String) row[17], (String) row[18],
                        instant(row[19]), (String) row[20], reportEvidence),
                result, (String) row[32]);
    }

    private static RecheckView.Sdk sdk(Object[] row) {
        return row[27] == null ? null : new RecheckView.Sdk((String) row[27], (String) row[28], (String) row[29],
                (String) row[30], strings(row[31]));
    }

    private static List<String> strings(Object array) {
        try {
            if (array instanceof java.sql.Array sql) {
                return List.of((String[]) sql.getArray());
            }
            return array instanceof String[] values ? List.of(values) : List.of();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
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

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
