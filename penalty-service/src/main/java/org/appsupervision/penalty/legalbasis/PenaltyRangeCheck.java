package org.appsupervision.penalty.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fine-cap check: whether penalties stay within what a legal basis allows, for an ordinary or a
 * serious case (penalty kinds, the fine cap or gains multiple, the responsible-person range).
 */
public final class PenaltyRangeCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PenaltyRangeCheck() {
    }

    /**
     * What the basis is missing to be relied on at {@code on}; empty when it may be cited.
     */
    public static List<String> usability(LegalBasis basis, LocalDate on) {
        List<String> problems = new ArrayList<>();
        if (!basis.verified) {
            problems.add(basis.citation() + " (" + basis.code + ") is marked unverified: its figures are not confirmed");
        }
        if (!basis.inForceOn(on)) {
            problems.add(basis.citation() + " is not in force on " + on + " (in force " + basis.effectiveFrom + " to "
                    + (basis.effectiveTo == null ? "now" : basis.effectiveTo) + ")");
        }
        return problems;
    }

    /** Every way the penalties leave the basis's kinds, caps or ranges; empty when they stay within. */
    public static List<String> violations(LegalBasis basis, boolean serious, List<PenaltyItem> penalties,
            BigDecimal illegalGains, BigDecimal previousYearTurnover) {
        List<String> problems = new ArrayList<>();
        if (penalties.isEmpty()) {
            problems.add("at least one penalty is required");
        }
        Set<String> allowed = allowedKinds(basis, serious);
        long fines = penalties.stream().filter(p -> p.type() == PenaltyType.FINE).count();
        if (fines > 1) {
            problems.add("name the fine once, as one amount");
        }
        for (PenaltyItem p : penalties) {
            if (!allowed.contains(p.type().name())) {
                problems.add(p.type() + " is not a penalty of " + basis.code + " for " + (serious ? "serious" : "ordinary")
                        + " cases (allowed: " + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            if (p.type().monetary() != (p.amountCny() != null)) {
                problems.add(p.type() + (p.type().monetary() ? " needs an amount" : " takes no amount"));
            } else if (p.type().monetary() && p.amountCny().signum() <= 0) {
                problems.add(p.type() + " must be a positive amount");
            }
        }
        penalties.stream().filter(p -> p.type() == PenaltyType.FINE && p.amountCny() != null)
                .forEach(fine -> checkFine(basis, serious, fine.amountCny(), illegalGains, previousYearTurnover, problems));
        penalties.stream().filter(p -> p.type() == PenaltyType.RESPONSIBLE_PERSON_FINE && p.amountCny() != null)
                .forEach(p -> checkPerson(basis, serious, p, problems));
        return problems;
    }

    /** The highest fine the basis allows for the case, or null when it depends on nothing known. */
    public static BigDecimal fineCap(LegalBasis basis, boolean serious, BigDecimal illegalGains,
            BigDecimal previousYearTurnover) {
        if (basis.gainsMultipleMax != null && illegalGains != null && illegalGains.signum() > 0) {
            return illegalGains.multiply(basis.gainsMultipleMax);
        }
        if (serious && basis.seriousFineCap != null) {
            BigDecimal cap = basis.seriousFineCap;
            if (basis.seriousTurnoverPercent != null && previousYearTurnover != null) {
                cap = cap.max(previousYearTurnover.multiply(basis.seriousTurnoverPercent).divide(HUNDRED));
            }
            return cap;
        }
        return basis.ordinaryFineCap;
    }

    private static void checkFine(LegalBasis basis, boolean serious, BigDecimal fine, BigDecimal illegalGains,
            BigDecimal turnover, List<String> problems) {
        BigDecimal cap = fineCap(basis, serious, illegalGains, turnover);
        if (cap == null) {
            problems.add(basis.code + " states no fine cap for this case");
        } else if (fine.compareTo(cap) > 0) {
            problems.add("fine " + fine.toPlainString() + " CNY exceeds the cap of " + cap.stripTrailingZeros().toPlainString()
                    + " CNY under " + basis.code + " (" + (serious ? "serious" : "ordinary") + ")");
        }
        if (basis.gainsMultipleMin != null && illegalGains != null && illegalGains.signum() > 0) {
            BigDecimal floor = illegalGains.multiply(basis.gainsMultipleMin);
            if (fine.compareTo(floor) < 0) {
                problems.add("fine " + fine.toPlainString() + " CNY is below " + basis.gainsMultipleMin.toPlainString()
                        + " times the illegal gains (" + floor.stripTrailingZeros().toPlainString() + " CNY)");
            }
        }
    }

    private static void checkPerson(LegalBasis basis, boolean serious, PenaltyItem p, List<String> problems) {
        BigDecimal min = serious ? basis.personMinSerious : basis.personMinOrdinary;
        BigDecimal max = serious ? basis.personMaxSerious : basis.personMaxOrdinary;
        if (min == null || max == null) {
            problems.add(basis.code + " states no range for responsible persons");
        } else if (p.amountCny().compareTo(min) < 0 || p.amountCny().compareTo(max) > 0) {
            problems.add("responsible person's fine " + p.amountCny().toPlainString() + " CNY is outside "
                    + min.stripTrailingZeros().toPlainString() + " to " + max.stripTrailingZeros().toPlainString()
                    + " CNY under " + basis.code + " (" + (serious ? "serious" : "ordinary") + ")");
        }
        if (p.note() == null || p.note().isBlank()) {
            problems.add("a responsible person's fine names the person in its note");
        }
    }

    private static Set<String> allowedKinds(LegalBasis basis, boolean serious) {
        Set<String> kinds = new TreeSet<>(LegalBasisView.split(basis.ordinaryPenalties));
        if (serious) {
            kinds.addAll(LegalBasisView.split(basis.seriousPenalties));
        }
        return kinds;
    }
}
