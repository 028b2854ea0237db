package org.appsupervision.penalty.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The late payment surcharge (加处罚款, 行政处罚法第七十二条): 3 % of the fine for every day after the
 * due date until the fine is paid, never more than the fine itself.
 */
public final class LateSurcharge {

    static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private LateSurcharge() {
    }

    /**
     * The surcharge on {@code on}.
     *
     * @param paidInFullOn the day payments first covered the fine, or null if they have not
     */
    public static Result on(BigDecimal fine, LocalDate dueDate, LocalDate on, LocalDate paidInFullOn) {
        LocalDate stop = paidInFullOn != null && paidInFullOn.isBefore(on) ? paidInFullOn : on;
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(dueDate, stop));
        BigDecimal uncapped = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(daysLate));
        boolean capped = uncapped.compareTo(fine) > 0;
        return new Result(daysLate, (capped ? fine : uncapped).setScale(2, RoundingMode.HALF_UP), capped);
    }

    /** Days late counted, the surcharge, and whether the cap (the fine itself) was reached. */
    public record Result(long daysLate, BigDecimal surcharge, boolean capped) {
    }
}
