package org.appsupervision.notice.recheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.events.RecheckCompleted;
import org.appsupervision.notice.evidence.EvidenceFileRepository;
import org.appsupervision.notice.evidence.EvidenceStore;
import org.appsupervision.notice.evidence.EvidenceView;
import org.appsupervision.notice.rectification.RectificationReport;
import org.appsupervision.notice.rectification.RectificationReportRepository;
import org.appsupervision.notice.rectification.RectificationService;
import org.appsupervision.notice.rectification.ReportHash;
import org.appsupervision.notice.rectification.ReportableItem;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.ProblemException;

/**
 * What a testing agency records on a task assigned to it: evidence files, then its result once; the result drives
 * the item's rectification state and is published as {@link RecheckCompleted}.
 */
@ApplicationScoped
public class RecheckResults {

    private final RecheckTaskRepository tasks;
    private final EvidenceStore store;
    private final EvidenceFileRepository evidence;
    private final RectificationReportRepository reports;
    private final ReportableItem items;
    private final RectificationService rectifications;
    private final Outbox outbox;

    public RecheckResults(RecheckTaskRepository tasks, EvidenceStore store, EvidenceFileRepository evidence,
            RectificationReportRepository reports, ReportableItem items, RectificationService rectifications,
            Outbox outbox) {
        this.tasks = tasks;
        this.store = store;
        this.evidence = evidence;
        this.reports = reports;
        this.items = items;
        this.rectifications = rectifications;
        this.outbox = outbox;
    }

    /** Attaches an evidence file to an open task of this agency; the file is checked whole before anything is written. */
    @Transactional
    public EvidenceView addEvidence(UUID taskId, String agencyCode, String name, InputStream body, String user) {
        RecheckTask task = openTaskOf(taskId, agencyCode);
        EvidenceStore.Checked checked = EvidenceStore.check(name, body);
        return EvidenceView.of(store.store(checked, null, task.id, user));
    }

    /** Records the result once; 409 when the task is completed already. */
    @Transactional
    public void complete(UUID taskId, String agencyCode, ResultRequest request, String user) {
        RecheckTask task = openTaskOf(taskId, agencyCode);
        RectificationReport report = task.reportId == null ? null : reports.findById(task.reportId);
        List<String> hashes = evidence.ofTask(task.id).stream().map(f -> f.sha256).toList();
        task.status = RecheckTask.Status.COMPLETED;
        task.outcome = request.outcome();
        task.testedVersion = request.testedVersion().strip();
        task.findings = request.findings().strip();
        task.resultHash = ReportHash.of(task.itemId, task.testedVersion, task.outcome.name() + "\n" + task.findings,
                hashes);
        task.completedBy = user;
        task.completedAt = Instant.now();
        tasks.flush();
        rectifications.applyRecheck(task.itemId, task.id, task.outcome == RecheckTask.Outcome.RECTIFIED,
                task.testedVersion, task.agencyCode);
        ReportableItem.Item item = items.published(task.itemId).orElseThrow();
        outbox.append(new RecheckCompleted(task.id, task.reportId, item.noticeId(), item.itemId(), item.chainId(),
                item.packageName(), task.agencyCode, task.outcome.name(), report == null ? null : report.fixedVersion,
                task.testedVersion, report == null ? null : report.reportHash, task.resultHash,
                hashes.stream().sorted().toList(), task.completedAt, item.subject(), item.sdkCode()));
    }

    private RecheckTask openTaskOf(UUID taskId, String agencyCode) {
        RecheckTask task = tasks.ofAgency(taskId, agencyCode)
                .orElseThrow(() -> ProblemException.notFound("Re-check task", taskId));
        if (task.status != RecheckTask.Status.OPEN) {
            throw ProblemException.conflict("Re-check task " + taskId + " is completed; a result is recorded once");
        }
        return task;
    }

    /** An evidence file of a task this agency holds (its own or the report's). */
    @Transactional
    public org.appsupervision.notice.evidence.EvidenceContent download(UUID taskId, String agencyCode, UUID evidenceId) {
        RecheckTask task = tasks.ofAgency(taskId, agencyCode)
                .orElseThrow(() -> ProblemException.notFound("Re-check task", taskId));
        return downloadOf(task, evidenceId);
    }

    /** An evidence file of any task, for officials and auditors. */
    @Transactional
    public org.appsupervision.notice.evidence.EvidenceContent download(UUID taskId, UUID evidenceId) {
        return downloadOf(tasks.findByIdOptional(taskId)
                .orElseThrow(() -> ProblemException.notFound("Re-check task", taskId)), evidenceId);
    }

    private org.appsupervision.notice.evidence.EvidenceContent downloadOf(RecheckTask task, UUID evidenceId) {
        return evidence.findByIdOptional(evidenceId)
                .filter(f -> task.id.equals(f.taskId) || (task.reportId != null && task.reportId.equals(f.reportId)))
                .flatMap(store::content)
                .orElseThrow(() -> ProblemException.notFound("Evidence file", evidenceId));
    }
}
