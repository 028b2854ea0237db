package org.appsupervision.penalty.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.appsupervision.penalty.cases.CaseAccess;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.CaseView;
import org.appsupervision.penalty.cases.CaseViews;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.deadline.DeadlineBook;
import org.appsupervision.penalty.deadline.DeadlineKind;
import org.appsupervision.penalty.document.CaseDocument;
import org.appsupervision.penalty.document.CaseDocuments;
import org.appsupervision.penalty.procedure.CaseProcedure;
import org.appsupervision.penalty.procedure.CaseProcedure.Action;
import org.appsupervision.penalty.procedure.ProcedureRequests;

/** Delivers an approved decision: service (送达) to the party and publication (公开) where chosen. */
@ApplicationScoped
public class DeliveryService {

    private final CaseAccess access;
    private final CaseViews views;
    private final CaseClock clock;
    private final DeadlineBook deadlines;
    private final CaseDocuments documents;

    public DeliveryService(CaseAccess access, CaseViews views, CaseClock clock, DeadlineBook deadlines,
            CaseDocuments documents) {
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.deadlines = deadlines;
        this.documents = documents;
    }

    /** 送达: the decision document is now immutable, and the party's 15 days to pay begin. */
    @Transactional
    public CaseView serve(UUID id, Officer officer, ProcedureRequests.Dated request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.SERVE_DECISION);
        LocalDate on = clock.dayOf("on", request.on(), c.decisionOn, "decision");
        c.servedOn = on;
        documents.served(c.id, CaseDocument.Kind.DECISION, on);
        deadlines.meet(c.id, DeadlineKind.SERVICE, on);
        if (c.totalFine != null && c.totalFine.signum() > 0) {
            deadlines.start(c.id, DeadlineKind.PAYMENT, on);
        }
        access.record(c, Action.SERVE_DECISION.name(), to, officer.name(), null);
        return views.of(c);
    }

    /** 公开: the decision appears in the public list. */
    @Transactional
    public CaseView publish(UUID id, Officer officer, ProcedureRequests.Dated request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.PUBLISH_DECISION);
        c.publishedOn = clock.dayOf("on", request.on(), c.servedOn, "service");
        access.record(c, Action.PUBLISH_DECISION.name(), to, officer.name(), null);
        return views.of(c);
    }
}
