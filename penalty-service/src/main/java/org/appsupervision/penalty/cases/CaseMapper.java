package org.appsupervision.penalty.cases;

import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.bureau.Bureau;
import org.appsupervision.penalty.deadline.CaseDeadline;
import org.appsupervision.penalty.deadline.DeadlineView;
import org.appsupervision.penalty.legalbasis.PenaltyItem;

/** Turns a case and what belongs to it into its API view. */
public final class CaseMapper {

    private CaseMapper() {
    }

    public static CaseView toView(PenaltyCase c, Bureau bureau, List<PenaltyItem> noticed, List<PenaltyItem> decided,
            List<CaseDeadline> deadlines, LocalDate today) {
        return new CaseView(c.id, c.caseNumber, c.bureauProvinceCode, bureau == null ? null : bureau.nameZh,
                c.subjectKind, c.subjectName, c.subjectCode, c.subjectAddress, c.facts, c.chainId, c.proposalId,
                c.links.stream().map(l -> new OpenCaseRequest.Link(l.kind, l.chainId, l.refId)).toList(), c.stage,
                c.serious, c.filedOn, c.filedBy, c.filedAt, List.of(c.investigators), c.findings, c.legalReviewBy,
                c.legalReviewOpinion, c.priorNoticeOn, c.priorNoticeBasis, noticed, c.defence, c.hearingRequestedOn,
                c.hearingOn, c.hearingRecord, c.decisionNumber, c.decisionBasis, decided, c.totalFine,
                c.decisionProposedBy, c.decisionApprovedBy, c.decisionOn, c.servedOn, c.publishedOn, c.closedOn,
                c.outcome, c.decisionExtension, deadlines.stream().map(d -> DeadlineView.of(d, today)).toList());
    }
}
