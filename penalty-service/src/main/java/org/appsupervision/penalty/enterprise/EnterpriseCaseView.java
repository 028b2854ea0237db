package org.appsupervision.penalty.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.legalbasis.PenaltyItem;

/**
 * A penalty case as its party (the enterprise) sees it: stage and dates, the penalties of the prior notice once issued
 * and of the decision once served, the time limits the party must meet, and the documents served on it. Nothing
 * internal: no facts or findings as investigated, officers' names, legal review, hearing record or steps.
 */
public record EnterpriseCaseView(UUID id, String caseNumber, String bureauProvinceCode, String bureauName,
        String partyName, String partyCode, CaseStage stage, LocalDate filedOn, PriorNotice priorNotice,
        LocalDate hearingRequestedOn, LocalDate hearingOn, Decision decision, LocalDate closedOn,
        List<PartyDeadline> deadlines, List<Document> documents) {

    /** The prior notice (事先告知): when, on which legal basis, which penalties were proposed. */
    public record PriorNotice(LocalDate on, String legalBasis, String citation, List<PenaltyItem> penalties) {
    }

    /** The decision (决定) served on the party: number, basis, penalties, total fine, dates. */
    public record Decision(String number, LocalDate decidedOn, LocalDate servedOn, LocalDate publishedOn,
            String legalBasis, String citation, List<PenaltyItem> penalties, BigDecimal totalFine) {
    }

    /** A time limit the party must meet (hearing request, payment): due date, whether met, the rule. */
    public record PartyDeadline(String kind, LocalDate dueDate, String status, LocalDate metOn, String legalRule) {
    }

    /** A document served on the party, downloadable as the signed PDF from {@code pdf}. */
    public record Document(UUID id, String kind, String number, LocalDate servedOn, String pdfSha256, Instant signedAt,
            String pdf) {
    }

    /** A case in the party's list. */
    public record Line(UUID id, String caseNumber, String bureauName, CaseStage stage, LocalDate filedOn,
            String decisionNumber, BigDecimal totalFine, LocalDate closedOn, PartyDeadline nextDeadline) {
    }
}
