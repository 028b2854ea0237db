package org.appsupervision.penalty.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.appsupervision.penalty.cases.CaseAccess;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CasePenalty;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.CasePenaltyRepository;
import org.appsupervision.penalty.cases.CaseView;
import org.appsupervision.penalty.cases.CaseViews;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.deadline.CaseDeadline;
import org.appsupervision.penalty.deadline.DeadlineBook;
import org.appsupervision.penalty.deadline.DeadlineKind;
import org.appsupervision.penalty.document.CaseDocument;
import org.appsupervision.penalty.document.CaseDocuments;
import org.appsupervision.penalty.document.DocumentRenderer;
import org.appsupervision.penalty.legalbasis.LegalBasis;
import org.appsupervision.penalty.legalbasis.PenaltyLimits;
import org.appsupervision.penalty.procedure.CaseProcedure.Action;
import org.appsupervision.penalty.procedure.ProcedureRequests.Dated;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;

/** The steps from filing to the party's answer: investigation, review, prior notice, defence, and extensions. */
@ApplicationScoped
public class ProcedureService {

    private final CaseAccess access;
    private final CaseViews views;
    private final CaseClock clock;
    private final CasePenaltyRepository penalties;
    private final PenaltyLimits limits;
    private final DeadlineBook deadlines;
    private final CaseDocuments documents;

    public ProcedureService(CaseAccess access, CaseViews views, CaseClock clock, CasePenaltyRepository penalties,
            PenaltyLimits limits, DeadlineBook deadlines, CaseDocuments documents) {
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.penalties = penalties;
        this.limits = limits;
        this.deadlines = deadlines;
        this.documents = documents;
    }

    @Transactional
    public CaseView startInvestigation(UUID id, Officer officer, Dated request) {
        PenaltyCase c = access.forActing(id, officer);
        LocalDate on = clock.dayOf("on", request.on(), c.filedOn, "filing");
        CaseStage to = CaseProcedure.next(c, Action.START_INVESTIGATION);
        step(c, Action.START_INVESTIGATION, to, officer, "investigation started " + on);
        return views.of(c);
    }

    @Transactional
    public CaseView recordInvestigator(UUID id, Officer officer, ProcedureRequests.Investigator request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.RECORD_INVESTIGATOR);
        if (!Arrays.asList(c.investigators).contains(request.name())) {
            c.investigators = Stream.concat(Arrays.stream(c.investigators), Stream.of(request.name())).toArray(String[]::new);
        }
        step(c, Action.RECORD_INVESTIGATOR, to, officer, "investigator " + request.name());
        return views.of(c);
    }

    @Transactional
    public CaseView finishInvestigation(UUID id, Officer officer, ProcedureRequests.Findings request) {
        PenaltyCase c = access.forActing(id, officer);
        clock.dayOf("on", request.on(), c.filedOn, "filing");
        CaseStage to = CaseProcedure.next(c, Action.FINISH_INVESTIGATION);
        c.findings = request.findings();
        c.serious = request.serious();
        c.illegalGains = request.illegalGainsCny();
        c.previousYearTurnover = request.previousYearTurnoverCny();
        step(c, Action.FINISH_INVESTIGATION, to, officer, c.serious ? "serious case" : "ordinary case");
        return views.of(c);
    }

    @Transactional
    public CaseView legalReview(UUID id, Officer officer, ProcedureRequests.LegalReview request) {
        PenaltyCase c = access.forActing(id, officer);
        clock.dayOf("on", request.on(), c.filedOn, "filing");
        CaseStage to = CaseProcedure.next(c, Action.RECORD_LEGAL_REVIEW);
        if (Arrays.asList(c.investigators).contains(officer.name())) {
            throw new PenaltyProblemException(PenaltyProblem.ILLEGAL_TRANSITION,
                    "The legal review is done by an officer who did not investigate the case (行政处罚法第五十八条)");
        }
        c.legalReviewBy = officer.name();
        c.legalReviewOpinion = request.opinion();
        step(c, Action.RECORD_LEGAL_REVIEW, to, officer, null);
        return views.of(c);
    }

    /** 事先告知: the intended penalties, within the basis's limits, and the clock for a hearing request. */
    @Transactional
    public CaseView priorNotice(UUID id, Officer officer, ProcedureRequests.Penalties request) {
        PenaltyCase c = access.forActing(id, officer);
        LocalDate on = clock.dayOf("on", request.on(), c.filedOn, "filing");
        CaseStage to = CaseProcedure.next(c, Action.ISSUE_PRIOR_NOTICE);
        LegalBasis basis = limits.require(request.legalBasis(), c.serious, request.penalties(), c.illegalGains,
                c.previousYearTurnover, on);
        penalties.replace(c.id, CasePenalty.Phase.PRIOR_NOTICE, request.penalties());
        c.priorNoticeOn = on;
        c.priorNoticeBasis = basis.code;
        c.priorNoticeReasons = request.reasons();
        CaseDeadline hearingRequest = deadlines.start(c.id, DeadlineKind.HEARING_REQUEST, on);
        String number = c.caseNumber.replace("通案", "通罚告");
        documents.keep(c, CaseDocument.Kind.PRIOR_NOTICE, number, DocumentRenderer.priorNotice(documents.facts(c),
                number, on, basis.citation(), request.penalties(), request.reasons(), hearingRequest.dueDate,
                documents.replaced(c.id, CaseDocument.Kind.PRIOR_NOTICE)));
        documents.served(c.id, CaseDocument.Kind.PRIOR_NOTICE, on);
        step(c, Action.ISSUE_PRIOR_NOTICE, to, officer, basis.code);
        return views.of(c);
    }

    @Transactional
    public CaseView defence(UUID id, Officer officer, ProcedureRequests.Statement request) {
        PenaltyCase c = access.forActing(id, officer);
        LocalDate on = clock.dayOf("on", request.on(), c.priorNoticeOn, "prior notice");
        CaseStage to = CaseProcedure.next(c, Action.RECORD_DEFENCE);
        c.defence = c.defence == null ? request.statement() : c.defence + "\n" + request.statement();
        c.defenceOn = on;
        step(c, Action.RECORD_DEFENCE, to, officer, null);
        return views.of(c);
    }

    /** Extends the 90-day decision limit once, with the reason kept in the deadline's explanation. */
    @Transactional
    public CaseView extendDecisionDeadline(UUID id, Officer officer, ProcedureRequests.Extension request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.EXTEND_DECISION_DEADLINE);
        deadlines.extend(c.id, DeadlineKind.DECISION, request.days(), request.reason());
        c.decisionExtension = request.days() + " days: " + request.reason();
        step(c, Action.EXTEND_DECISION_DEADLINE, to, officer, c.decisionExtension);
        return views.of(c);
    }

    private void step(PenaltyCase c, Action action, CaseStage to, Officer officer, String note) {
        access.record(c, action.name(), to, officer.name(), note);
    }
}
