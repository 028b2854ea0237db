package org.appsupervision.notice.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.evidence.EvidenceFileRepository;
import org.appsupervision.notice.evidence.EvidenceView;
import org.appsupervision.platform.paging.Cursor;
import org.appsupervision.platform.paging.Keyset;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;

/** Builds the views of an enterprise's reports, with their item and re-check, and lists them newest first. */
@ApplicationScoped
public class ReportViews {

    private static final String LIST = "rectification-reports";

    private final EntityManager em;
    private final RectificationReportRepository reports;
    private final EvidenceFileRepository evidence;

    public ReportViews(EntityManager em, RectificationReportRepository reports, EvidenceFileRepository evidence) {
        this.em = em;
        this.reports = reports;
        this.evidence = evidence;
    }

    @Transactional
    public Page<ReportView> list(String creditCode, PageRequest page) {
        String query = "operatorCreditCode = :code";
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("code", creditCode);
        Cursor after = page.after(LIST);
        if (after != null) {
            query += " and " + Keyset.after(true, "createdAt", "id");
            params.and("k0", after.instant(0)).and("k1", after.uuid(1));
        }
        query += " order by " + Keyset.order(true, "createdAt", "id");
        return Page.of(reports.find(query, params).page(0, page.limit() + 1).list(), page.limit(),
                report -> Cursor.encode(LIST, report.createdAt, report.id), this::of);
    }

    @SuppressWarnings("unchecked")
    ReportView of(RectificationReport report) {
        Object[] item = (Object[]) em.createNativeQuery("""
                SELECT i.notice_id, i.package_name, i.app_name, n.deadline_date, r.status
                FROM notice_item i JOIN notice n ON n.id = i.notice_id JOIN item_rectification r ON r.item_id = i.id
                WHERE i.id = ?1""").setParameter(1, report.itemId).getSingleResult();
        List<Object[]> tasks = em.createNativeQuery("""
                SELECT t.id, t.agency_code, a.name, t.status, t.outcome, t.tested_version, t.findings, t.completed_at
                FROM recheck_task t JOIN agency a ON a.credit_code = t.agency_code WHERE t.report_id = ?1""")
                .setParameter(1, report.id).getResultList();
        ReportView.Recheck recheck = tasks.stream().findFirst().map(t -> new ReportView.Recheck((UUID) t[0],
                (String) t[1], (String) t[2], (String) t[3], (String) t[4], (String) t[5], (String) t[6],
                instant(t[7]))).orElse(null);
        return new ReportView(report.id, report.status.name(),
                new ReportView.Item(report.itemId, (UUID) item[0], (String) item[1], (String) item[2],
                        item[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) item[3], (String) item[4]),
                report.changes, report.fixedVersion,
                evidence.ofReport(report.id).stream().map(EvidenceView::of).toList(), report.createdAt,
                report.submittedAt, report.reportHash, recheck);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time.toInstant()
                : value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
