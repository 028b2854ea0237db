package org.appsupervision.notice.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.events.RectificationReported;
import org.appsupervision.notice.evidence.EvidenceContent;
import org.appsupervision.notice.evidence.EvidenceFileRepository;
import org.appsupervision.notice.evidence.EvidenceStore;
import org.appsupervision.notice.evidence.EvidenceView;
import org.appsupervision.notice.recheck.RecheckTask;
import org.appsupervision.notice.recheck.RecheckTasks;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.ProblemException;

/**
 * An enterprise reports the rectification of one of its notice items before the deadline: it drafts the report,
 * attaches evidence files, and submits it, which seals the report's hash, opens a re-check task assigned by the rule
 * and publishes {@link RectificationReported}. Items of other enterprises do not exist for it (404).
 */
@ApplicationScoped
public class RectificationReportService {

    private final RectificationReportRepository reports;
    private final ReportableItem items;
    private final EvidenceStore store;
    private final EvidenceFileRepository evidence;
    private final RecheckTasks tasks;
    private final Outbox outbox;
    private final ReportViews views;

    public RectificationReportService(RectificationReportRepository reports, ReportableItem items, EvidenceStore store,
            EvidenceFileRepository evidence, RecheckTasks tasks, Outbox outbox, ReportViews views) {
        this.reports = reports;
        this.items = items;
        this.store = store;
        this.evidence = evidence;
        this.tasks = tasks;
        this.outbox = outbox;
        this.views = views;
    }

    @Transactional
    public ReportView draft(ReportRequest request, String creditCode, String user) {
        ReportableItem.Item item = items.ofEnterprise(request.itemId(), creditCode);
        mayReport(item);
        RectificationReport report = new RectificationReport();
        report.id = UUID.randomUUID();
        report.itemId = item.itemId();
        report.operatorCreditCode = creditCode;
        report.changes = request.changes().strip();
        report.fixedVersion = request.fixedVersion().strip();
        report.status = RectificationReport.Status.DRAFT;
        report.createdBy = user;
        report.createdAt = Instant.now();
        reports.persist(report);
        return views.of(report);
    }

    /** Attaches an evidence file to a draft; the file is checked whole (size, type by content) before anything is written. */
    @Transactional
    public EvidenceView addEvidence(UUID reportId, String creditCode, String name, InputStream body, String user) {
        RectificationReport report = draftOf(reportId, creditCode);
        mayReport(items.ofEnterprise(report.itemId, creditCode));
        EvidenceStore.Checked checked = EvidenceStore.check(name, body);
        return EvidenceView.of(store.store(checked, report.id, null, user));
    }

    /** Submits a draft before the deadline: seals its hash, opens the re-check task, publishes the event. */
    @Transactional
    public ReportView submit(UUID reportId, String creditCode) {
        RectificationReport report = draftOf(reportId, creditCode);
        ReportableItem.Item item = items.ofEnterprise(report.itemId, creditCode);
        mayReport(item);
        List<String> hashes = evidence.ofReport(report.id).stream().map(f -> f.sha256).sorted().toList();
        if (hashes.isEmpty()) {
            throw ProblemException.conflict("Attach at least one evidence file before submitting report " + reportId);
        }
        report.status = RectificationReport.Status.SUBMITTED;
        report.submittedAt = Instant.now();
        report.reportHash = ReportHash.of(report.itemId, report.fixedVersion, report.changes, hashes);
        reports.flush();
        RecheckTask task = tasks.open(report.id, item.itemId(), item.operatorProvinceCode());
        outbox.append(new RectificationReported(report.id, task.id, item.noticeId(), item.itemId(), item.chainId(),
                item.packageName(), creditCode, report.fixedVersion, report.reportHash, hashes, task.agencyCode,
                report.submittedAt));
        return views.of(report);
    }

    @Transactional
    public ReportView get(UUID reportId, String creditCode) {
        return views.of(reports.ofEnterprise(reportId, creditCode)
                .orElseThrow(() -> ProblemException.notFound("Rectification report", reportId)));
    }

    @Transactional
    public EvidenceContent download(UUID reportId, String creditCode, UUID evidenceId) {
        RectificationReport report = reports.ofEnterprise(reportId, creditCode)
                .orElseThrow(() -> ProblemException.notFound("Rectification report", reportId));
        return evidence.findByIdOptional(evidenceId).filter(f -> report.id.equals(f.reportId)).flatMap(store::content)
                .orElseThrow(() -> ProblemException.notFound("Evidence file", evidenceId));
    }

    private RectificationReport draftOf(UUID reportId, String creditCode) {
        RectificationReport report = reports.ofEnterprise(reportId, creditCode)
                .orElseThrow(() -> ProblemException.notFound("Rectification report", reportId));
        if (report.status != RectificationReport.Status.DRAFT) {
            throw ProblemException.conflict("Report " + reportId + " is submitted; report again with a new report");
        }
        return report;
    }

    /** A report is taken only before the deadline, for an item not yet rectified. */
    private static void mayReport(ReportableItem.Item item) {
        if (item.deadlinePassed()) {
            throw new ProblemException(RectificationProblem.DEADLINE_PASSED, "The rectification deadline of item "
                    + item.itemId() + " was " + item.deadline() + " (Beijing time); reports are taken until that day ends");
        }
        if (item.status() == RectificationStatus.RECTIFIED) {
            throw ProblemException.conflict("Item " + item.itemId() + " is rectified already");
        }
    }
}
