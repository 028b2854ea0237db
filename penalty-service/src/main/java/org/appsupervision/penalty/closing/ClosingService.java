package org.appsupervision.penalty.closing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.appsupervision.events.CaseClosed;
import org.appsupervision.penalty.cases.CaseAccess;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.CaseView;
import org.appsupervision.penalty.cases.CaseViews;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.deadline.CaseDeadline;
import org.appsupervision.penalty.deadline.CaseDeadlineRepository;
import org.appsupervision.penalty.deadline.DeadlineKind;
import org.appsupervision.penalty.decision.DecisionRequests;
import org.appsupervision.penalty.decision.DecisionRequests.Outcome;
import org.appsupervision.penalty.payment.PaymentRepository;
import org.appsupervision.penalty.payment.PaymentStatus;
import org.appsupervision.penalty.procedure.CaseProcedure;
import org.appsupervision.penalty.procedure.CaseProcedure.Action;
import org.appsupervision.penalty.problem.PenaltyProblem;
import org.appsupervision.penalty.problem.PenaltyProblemException;
import org.appsupervision.platform.outbox.Outbox;

/** Closes and archives a case (结案): without penalty before a prior notice, or once the decision is executed. */
@ApplicationScoped
public class ClosingService {

    private final CaseAccess access;
    private final CaseViews views;
    private final CaseClock clock;
    private final CaseDeadlineRepository deadlines;
    private final PaymentRepository payments;
    private final Outbox outbox;

    public ClosingService(CaseAccess access, CaseViews views, CaseClock clock, CaseDeadlineRepository deadlines,
            PaymentRepository payments, Outbox outbox) {
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.deadlines = deadlines;
        this.payments = payments;
        this.outbox = outbox;
    }

    @Transactional
    public CaseView close(UUID id, Officer officer, DecisionRequests.Closing request) {
        PenaltyCase c = access.forActing(id, officer);
        Action action = request.outcome() == Outcome.EXECUTED ? Action.CLOSE_EXECUTED : Action.CLOSE_WITHOUT_PENALTY;
        CaseStage to = CaseProcedure.next(c, action);
        LocalDate on = clock.dayOf("on", request.on(), c.servedOn == null ? c.filedOn : c.servedOn, "last step");
        if (action == Action.CLOSE_WITHOUT_PENALTY && (request.reason() == null || request.reason().isBlank())) {
            throw new PenaltyProblemException(PenaltyProblem.ILLEGAL_TRANSITION,
                    "A case closed without a penalty states the reason");
        }
        if (action == Action.CLOSE_EXECUTED && c.totalFine != null && c.totalFine.signum() > 0) {
            LocalDate due = deadlines.ofCase(c.id).stream().filter(d -> d.kind == DeadlineKind.PAYMENT)
                    .map(d -> d.dueDate).findFirst().orElse(c.servedOn);
            PaymentStatus status = PaymentStatus.compute(c.id, c.totalFine, due, payments.ofCase(c.id), on);
            if (status.outstanding().signum() > 0) {
                throw new PenaltyProblemException(PenaltyProblem.ILLEGAL_TRANSITION, "The decision is not executed: "
                        + status.outstanding().toPlainString() + " CNY (fine and surcharge) are outstanding on " + on);
            }
        }
        c.closedOn = on;
        c.outcome = request.outcome().name();
        deadlines.ofCase(c.id).stream().filter(d -> d.status == CaseDeadline.Status.OPEN)
                .forEach(d -> d.status = CaseDeadline.Status.CLOSED);
        access.record(c, action.name(), to, officer.name(), request.outcome() + (request.reason() == null ? ""
                : ": " + request.reason()));
        outbox.append(new CaseClosed(c.id, c.chainId, c.bureauProvinceCode, c.outcome, Instant.now()));
        return views.of(c);
    }
}
