package org.appsupervision.notice.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.evidence.EvidenceView;

/** An enterprise's rectification report with its item, evidence and the state of its re-check. */
public record ReportView(UUID id, String status, Item item, String changes, String fixedVersion,
        List<EvidenceView> evidence, Instant createdAt, Instant submittedAt, String reportHash, Recheck recheck) {

    /** The notice item the report is for. */
    public record Item(UUID itemId, UUID noticeId, String packageName, String appName, LocalDate deadline,
            String rectificationStatus) {
    }

    /** The re-check the submission asked for: its task, agency and, once completed, the outcome. */
    public record Recheck(UUID taskId, String agencyCode, String agencyName, String status, String outcome,
            String testedVersion, String findings, Instant completedAt) {
    }
}
