package org.appsupervision.notice.recheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.evidence.EvidenceView;

/**
 * A re-check task with the item it concerns, the enterprise's report (null when an official opened the task, then
 * {@code openedBy} names the official) and, once completed, the agency's result.
 */
public record RecheckView(UUID id, String status, String agencyCode, String agencyName, String assignedBy,
        String assignmentReason, Instant assignedAt, Instant createdAt, Item item, Report report, Result result,
        String openedBy) {

    /**
     * The notice item the task re-checks: {@code subject} APP (the app's fields) or SDK ({@code sdk} names it, no app
     * fields); the operator fields are the item's party (the SDK's provider for an SDK item).
     */
    public record Item(UUID itemId, UUID noticeId, UUID chainId, String packageName, String appName,
            String operatorCreditCode, String operatorProvinceCode, LocalDate deadline, String subject, Sdk sdk) {
    }

    /** The SDK of an SDK item, as frozen in the notice: code, names, provider and the versions at fault. */
    public record Sdk(String code, String nameZh, String nameEn, String providerName, List<String> versions) {
    }

    /** The enterprise's report (its evidence only in the single task's view). */
    public record Report(UUID id, String changes, String fixedVersion, Instant submittedAt, String reportHash,
            List<EvidenceView> evidence) {
    }

    /** The agency's result (its evidence, also of an open task: what the agency attached so far). */
    public record Result(String outcome, String testedVersion, String findings, String resultHash,
            Instant completedAt, List<EvidenceView> evidence) {
    }
}
