package org.appsupervision.penalty.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.events.PenaltyDecided;
import org.appsupervision.penalty.cases.CaseAccess;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CasePenalty;
import org.appsupervision.penalty.cases.CasePenaltyRepository;
import org.appsupervision.penalty.cases.CaseNumbers;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.CaseView;
import org.appsupervision.penalty.cases.CaseViews;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.deadline.DeadlineBook;
import org.appsupervision.penalty.deadline.DeadlineKind;
import org.appsupervision.penalty.document.CaseDocument;
import org.appsupervision.penalty.document.CaseDocuments;
import org.appsupervision.penalty.document.DocumentRenderer;
import org.appsupervision.penalty.legalbasis.LegalBasis;
import org.appsupervision.penalty.legalbasis.NoHeavierThanPriorNotice;
import org.appsupervision.penalty.legalbasis.PenaltyItem;
import org.appsupervision.penalty.legalbasis.PenaltyLimits;
import org.appsupervision.penalty.legalbasis.PenaltyType;
import org.appsupervision.penalty.procedure.CaseProcedure;
import org.appsupervision.penalty.procedure.CaseProcedure.Action;
import org.appsupervision.penalty.procedure.ProcedureRequests;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.appsupervision.platform.outbox.Outbox;

/** The decision (决定): drafted within the prior notice and the law, approved by a second officer, announced. */
@ApplicationScoped
public class DecisionService {

    private final CaseAccess access;
    private final CaseViews views;
    private final CaseClock clock;
    private final CaseNumbers numbers;
    private final CasePenaltyRepository penalties;
    private final PenaltyLimits limits;
    private final DeadlineBook deadlines;
    private final CaseDocuments documents;
    private final Outbox outbox;

    public DecisionService(CaseAccess access, CaseViews views, CaseClock clock, CaseNumbers numbers,
            CasePenaltyRepository penalties, PenaltyLimits limits, DeadlineBook deadlines, CaseDocuments documents,
            Outbox outbox) {
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.numbers = numbers;
        this.penalties = penalties;
        this.limits = limits;
        this.deadlines = deadlines;
        this.documents = documents;
        this.outbox = outbox;
    }

    /** Drafts the decision: after the party's period, within the basis, and never heavier than the prior notice. */
    @Transactional
    public CaseView propose(UUID id, Officer officer, ProcedureRequests.Penalties request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.PROPOSE_DECISION);
        LocalDate on = clock.dayOf("on", request.on(), c.priorNoticeOn, "prior notice");
        LocalDate partyPeriodEnds = deadlines.preview(DeadlineKind.HEARING_REQUEST, c.priorNoticeOn).date();
        if (c.hearingRequestedOn == null && !on.isAfter(partyPeriodEnds)) {
            throw new PenaltyProblemException(PenaltyProblem.ILLEGAL_TRANSITION, "The party may state, defend and ask"
                    + " for a hearing until " + partyPeriodEnds + "; decide after that day");
        }
        LegalBasis basis = limits.require(request.legalBasis(), c.serious, request.penalties(), c.illegalGains,
                c.previousYearTurnover, on);
        List<String> heavier = NoHeavierThanPriorNotice.heavierParts(
                penalties.of(c.id, CasePenalty.Phase.PRIOR_NOTICE), request.penalties());
        if (!heavier.isEmpty()) {
            throw new PenaltyProblemException(PenaltyProblem.HEAVIER_THAN_PRIOR_NOTICE, "The decision may not be"
                    + " heavier than the prior notice" + (c.defence == null ? "" : " after the party's defence")
                    + " (行政处罚法第四十五条): " + String.join("; ", heavier));
        }
        penalties.replace(c.id, CasePenalty.Phase.DECISION, request.penalties());
        c.decisionBasis = basis.code;
        c.decisionReasons = request.reasons();
        c.decisionOn = on;
        c.totalFine = totalFine(request.penalties());
        c.decisionProposedBy = officer.name();
        deadlines.close(c.id, DeadlineKind.HEARING_REQUEST);
        access.record(c, Action.PROPOSE_DECISION.name(), to, officer.name(), basis.code);
        return views.of(c);
    }

    /** A second officer of the bureau approves: the decision is numbered, rendered and announced. */
    @Transactional
    public CaseView approve(UUID id, Officer officer, ProcedureRequests.Dated request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.APPROVE_DECISION);
        if (officer.name().equals(c.decisionProposedBy)) {
            throw new PenaltyProblemException(PenaltyProblem.SECOND_OFFICER,
                    c.decisionProposedBy + " drafted this decision; another officer of the bureau approves it");
        }
        LocalDate on = clock.dayOf("on", request.on(), c.decisionOn, "drafted decision");
        c.decisionOn = on;
        c.decisionApprovedBy = officer.name();
        c.decisionNumber = numbers.nextDecisionNumber(c.bureauProvinceCode, on.getYear());
        List<PenaltyItem> decided = penalties.of(c.id, CasePenalty.Phase.DECISION);
        LegalBasis basis = limits.require(c.decisionBasis, c.serious, decided, c.illegalGains, c.previousYearTurnover, on);
        documents.keep(c, CaseDocument.Kind.DECISION, c.decisionNumber, DocumentRenderer.decision(documents.facts(c),
                c.decisionNumber, on, basis.citation(), decided, c.decisionReasons, c.defence, c.hearingRecord,
                c.totalFine, documents.replaced(c.id, CaseDocument.Kind.DECISION)));
        deadlines.meet(c.id, DeadlineKind.DECISION, on);
        deadlines.start(c.id, DeadlineKind.SERVICE, on);
        access.record(c, Action.APPROVE_DECISION.name(), to, officer.name(), c.decisionNumber);
        outbox.append(new PenaltyDecided(c.id, c.chainId, c.decisionNumber, c.bureauProvinceCode, c.subjectKind.name(),
                c.subjectName, c.subjectCode, basis.citation(), decided.stream()
                        .map(p -> new PenaltyDecided.Penalty(p.type().name(), p.amountCny(), p.note())).toList(),
                c.totalFine, Instant.now()));
        return views.of(c);
    }

    static BigDecimal totalFine(List<PenaltyItem> decided) {
        return decided.stream()
                .filter(p -> p.type() == PenaltyType.FINE || p.type() == PenaltyType.RESPONSIBLE_PERSON_FINE)
                .map(PenaltyItem::amountCny).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
