package org.appsupervision.notice.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.notice.complaint.ComplaintCounts;
import org.appsupervision.notice.finding.FindingQueries;
import org.appsupervision.platform.problem.ProblemException;

/** The timeline of one app, in order, from this service's records and the events it consumed. */
@ApplicationScoped
public class TimelineService {

    private final EntityManager em;
    private final FindingQueries findings;
    private final ComplaintCounts complaints;

    public TimelineService(EntityManager em, FindingQueries findings, ComplaintCounts complaints) {
        this.em = em;
        this.findings = findings;
        this.complaints = complaints;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<TimelineEntry> of(String packageName, BureauScope scope) {
        List<TimelineEntry> entries = new java.util.ArrayList<>();
        findings.find(packageName, null, 0, 10_000, scope.readerProvince()).forEach(f -> entries.add(new TimelineEntry(f.detectedAt(), "FINDING",
                "检测发现 " + f.version() + " @ " + f.sourceStore() + "：" + String.join("、", f.problems())
                        + (f.repeat() ? "（屡犯：" + String.join("、", f.repeatedProblems()) + "）" : ""),
                null, null, null, f.id(), f.repeat())));
        List<Object[]> rows = em.createNativeQuery("""
                SELECT 'NOTICE_ITEM', n.published_at, n.kind || ' ' || n.title, n.id, i.id, i.chain_id
                FROM notice_item i JOIN notice n ON n.id = i.notice_id
                WHERE i.package_name = ?1 AND n.status = 'PUBLISHED'
                UNION ALL
                SELECT 'RECTIFICATION', r.set_at, r.status || coalesce(' ' || r.fixed_version, '')
                       || CASE WHEN r.basis = 'OVERRIDE' THEN '（官方认定：' || coalesce(r.override_reason, '') || '）' ELSE '' END,
                       i.notice_id, i.id, i.chain_id
                FROM item_rectification r JOIN notice_item i ON i.id = r.item_id
                WHERE i.package_name = ?1 AND r.set_at IS NOT NULL
                UNION ALL
                SELECT 'RECTIFICATION_REPORTED', p.submitted_at, '企业提交整改报告：版本 ' || p.fixed_version, i.notice_id, i.id, i.chain_id
                FROM rectification_report p JOIN notice_item i ON i.id = p.item_id
                WHERE i.package_name = ?1 AND p.status = 'SUBMITTED'
                UNION ALL
                SELECT 'RECHECK_COMPLETED', t.completed_at, '第三方检测机构复检：'
                       || CASE WHEN t.outcome = 'RECTIFIED' THEN '已整改' ELSE '未整改' END || '（测试版本 ' || t.tested_version || '）',
                       i.notice_id, i.id, i.chain_id
                FROM recheck_task t JOIN notice_item i ON i.id = t.item_id
                WHERE i.package_name = ?1 AND t.status = 'COMPLETED'
                UNION ALL
                SELECT 'DEADLINE_PASSED', r.deadline_passed_at, '整改期限已过，仍未整改', i.notice_id, i.id, i.chain_id
                FROM item_rectification r JOIN notice_item i ON i.id = r.item_id
                WHERE i.package_name = ?1 AND r.deadline_passed_at IS NOT NULL
                UNION ALL
                SELECT 'STORE_CONFIRMATION', c.confirmed_at, c.store_code || ' 已下架', i.notice_id, i.id, i.chain_id
                FROM store_confirmation c JOIN notice_item i ON i.id = c.item_id WHERE i.package_name = ?1
                UNION ALL
                SELECT 'TAKEDOWN_LIFTED', l.lifted_at, '解除下架：' || l.reason, i.notice_id, i.id, i.chain_id
                FROM takedown_lifting l JOIN notice_item i ON i.id = l.item_id WHERE i.package_name = ?1
                UNION ALL
                SELECT p.event_type, p.occurred_at, p.summary, i.notice_id, i.id, i.chain_id
                FROM penalty_outcome p JOIN notice_item i ON i.chain_id = p.chain_id WHERE i.package_name = ?1""")
                .setParameter(1, packageName).getResultList();
        for (Object[] row : rows) {
            entries.add(new TimelineEntry(instant(row[1]), (String) row[0], (String) row[2], (UUID) row[3],
                    (UUID) row[4], (UUID) row[5], null, false));
        }
        // Complaints from the public, counted per problem kind, dated by the latest (to choose re-check targets).
        complaints.ofApp(packageName).forEach(c -> entries.add(new TimelineEntry(c.latest(), "COMPLAINTS",
                "用户投诉 " + c.complaints() + " 件 / " + c.complaints() + " complaint(s): " + c.problem(),
                null, null, null, null, false)));
        if (entries.isEmpty() && em.createNativeQuery("SELECT 1 FROM app WHERE package_name = ?1")
                .setParameter(1, packageName).getResultList().isEmpty()) {
            throw ProblemException.notFound("App", packageName);
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
