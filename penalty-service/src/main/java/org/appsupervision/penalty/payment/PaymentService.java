package org.appsupervision.penalty.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.appsupervision.penalty.cases.CaseAccess;
import org.appsupervision.penalty.cases.CaseClock;
import org.appsupervision.penalty.cases.CaseStage;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.penalty.cases.PenaltyCase;
import org.appsupervision.penalty.deadline.CaseDeadlineRepository;
import org.appsupervision.penalty.deadline.DeadlineBook;
import org.appsupervision.penalty.deadline.DeadlineKind;
import org.appsupervision.penalty.procedure.CaseProcedure;
import org.appsupervision.penalty.procedure.CaseProcedure.Action;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.problem.ProblemException;

/** Payments against a decision's fines, and what is owed on any day with the late surcharge. */
@ApplicationScoped
public class PaymentService {

    private final CaseAccess access;
    private final CaseClock clock;
    private final PaymentRepository payments;
    private final CaseDeadlineRepository deadlineRecords;
    private final DeadlineBook deadlines;

    public PaymentService(CaseAccess access, CaseClock clock, PaymentRepository payments,
            CaseDeadlineRepository deadlineRecords, DeadlineBook deadlines) {
        this.access = access;
        this.clock = clock;
        this.payments = payments;
        this.deadlineRecords = deadlineRecords;
        this.deadlines = deadlines;
    }

    /** A payment made by the party. */
    public record PaymentRequest(@NotNull @DecimalMin(value = "0.01") BigDecimal amountCny, LocalDate paidOn,
            @Size(max = 200) String reference) {
    }

    @Transactional
    public PaymentStatus record(UUID id, Officer officer, PaymentRequest request) {
        PenaltyCase c = access.forActing(id, officer);
        CaseStage to = CaseProcedure.next(c, Action.RECORD_PAYMENT);
        if (c.totalFine == null || c.totalFine.signum() == 0) {
            throw ProblemException.conflict("The decision imposes no fine to pay");
        }
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.caseId = c.id;
        payment.amount = request.amountCny();
        payment.paidOn = clock.dayOf("paidOn", request.paidOn(), c.servedOn, "service");
        payment.reference = request.reference();
        payment.recordedBy = officer.name();
        payment.recordedAt = Instant.now();
        payments.persist(payment);
        access.record(c, Action.RECORD_PAYMENT.name(), to, officer.name(), payment.amount.toPlainString() + " CNY");
        PaymentStatus status = status(c, payment.paidOn);
        if (status.paidInFullOn() != null) {
            deadlines.meet(c.id, DeadlineKind.PAYMENT, status.paidInFullOn());
        }
        return status;
    }

    @Transactional
    public PaymentStatus status(UUID id, BureauScope scope, LocalDate on) {
        return status(access.forReading(id, scope), on == null ? clock.today() : on);
    }

    private PaymentStatus status(PenaltyCase c, LocalDate on) {
        if (c.servedOn == null || c.totalFine == null) {
            throw ProblemException.conflict("No served decision with a fine: nothing is due yet");
        }
        LocalDate due = deadlineRecords.ofCase(c.id).stream().filter(d -> d.kind == DeadlineKind.PAYMENT)
                .map(d -> d.dueDate).findFirst().orElse(c.servedOn);
        return PaymentStatus.compute(c.id, c.totalFine, due, payments.ofCase(c.id), on);
    }
}
