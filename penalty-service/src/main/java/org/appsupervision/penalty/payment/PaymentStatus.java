package org.appsupervision.penalty.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a party owes on a day: the fine, the surcharge computed for that day, what was paid, what remains. */
public record PaymentStatus(UUID caseId, LocalDate on, BigDecimal fine, LocalDate dueDate, long daysLate,
        BigDecimal surcharge, boolean surchargeCapped, BigDecimal paid, BigDecimal outstanding, LocalDate paidInFullOn,
        List<PaymentView> payments) {

    /** One recorded payment. */
    public record PaymentView(UUID id, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy) {
    }

    /** Computes the status on {@code on} from the fine, its due date and the payments made. */
    public static PaymentStatus compute(UUID caseId, BigDecimal fine, LocalDate dueDate, List<Payment> payments,
            LocalDate on) {
        BigDecimal paid = BigDecimal.ZERO;
        LocalDate paidInFullOn = null;
        for (Payment p : payments) {
            if (!p.paidOn.isAfter(on)) {
                paid = paid.add(p.amount);
                if (paidInFullOn == null && paid.compareTo(fine) >= 0) {
                    paidInFullOn = p.paidOn;
                }
            }
        }
        LateSurcharge.Result late = LateSurcharge.on(fine, dueDate, on, paidInFullOn);
        BigDecimal outstanding = fine.add(late.surcharge()).subtract(paid).max(BigDecimal.ZERO);
        return new PaymentStatus(caseId, on, fine, dueDate, late.daysLate(), late.surcharge(), late.capped(), paid,
                outstanding, paidInFullOn, payments.stream()
                        .map(p -> new PaymentView(p.id, p.amount, p.paidOn, p.reference, p.recordedBy)).toList());
    }
}
