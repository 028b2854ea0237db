package org.appsupervision.penalty.proposal;

import java.time.Instant;
import java.util.UUID;

/**
 * A case proposal as the API shows it, with the bureau it is for and the province of its subject (they
 * differ when the province has no bureau and the ministry's bureau '00' acts; null on proposals made before).
 */
public record CaseProposalView(
        UUID id,
        String bureauProvinceCode,
        String bureauName,
        String subjectProvinceCode,
        ProposalGround ground,
        SubjectKind subjectKind,
        String subjectName,
        String subjectCode,
        UUID chainId,
        UUID noticeId,
        UUID itemId,
        UUID orderId,
        String appName,
        String packageName,
        String facts,
        CaseProposal.Status status,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String dismissalReason,
        UUID caseId) {
}
