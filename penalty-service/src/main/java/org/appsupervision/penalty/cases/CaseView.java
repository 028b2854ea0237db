package org.appsupervision.penalty.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.deadline.DeadlineView;
import org.appsupervision.penalty.legalbasis.PenaltyItem;
import org.appsupervision.penalty.proposal.SubjectKind;

/** A case as the API shows it: party, stage, what each step recorded, its penalties and time limits. */
public record CaseView(
        UUID id,
        String caseNumber,
        String bureauProvinceCode,
        String bureauName,
        SubjectKind subjectKind,
        String subjectName,
        String subjectCode,
        String subjectAddress,
        String facts,
        UUID chainId,
        UUID proposalId,
        List<OpenCaseRequest.Link> links,
        CaseStage stage,
        boolean serious,
        LocalDate filedOn,
        String filedBy,
        Instant filedAt,
        List<String> investigators,
        String findings,
        String legalReviewBy,
        String legalReviewOpinion,
        LocalDate priorNoticeOn,
        String priorNoticeBasis,
        List<PenaltyItem> priorNoticePenalties,
        String defence,
        LocalDate hearingRequestedOn,
        LocalDate hearingOn,
        String hearingRecord,
        String decisionNumber,
        String decisionBasis,
        List<PenaltyItem> decisionPenalties,
        BigDecimal totalFine,
        String decisionProposedBy,
        String decisionApprovedBy,
        LocalDate decisionOn,
        LocalDate servedOn,
        LocalDate publishedOn,
        LocalDate closedOn,
        String outcome,
        String decisionExtension,
        List<DeadlineView> deadlines) {
}
