package org.appsupervision.penalty.legalbasis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule that arguing back may never raise the penalty: a decision names no kind of penalty the
 * prior notice did not announce, and no amount above the announced one.
 */
public final class NoHeavierThanPriorNotice {

    private NoHeavierThanPriorNotice() {
    }

    /** How the decision is heavier than the prior notice; empty when it is not. */
    public static List<String> heavierParts(List<PenaltyItem> priorNotice, List<PenaltyItem> decision) {
        Map<PenaltyType, BigDecimal> announced = totals(priorNotice);
        List<String> heavier = new ArrayList<>();
        totals(decision).forEach((type, amount) -> {
            if (!announced.containsKey(type)) {
                heavier.add(type + " was not in the prior notice");
            } else if (amount.compareTo(announced.get(type)) > 0) {
                heavier.add(type + " " + amount.toPlainString() + " CNY exceeds the " + announced.get(type).toPlainString()
                        + " CNY of the prior notice");
            }
        });
        return heavier;
    }

    private static Map<PenaltyType, BigDecimal> totals(List<PenaltyItem> penalties) {
        Map<PenaltyType, BigDecimal> totals = new EnumMap<>(PenaltyType.class);
        for (PenaltyItem p : penalties) {
            totals.merge(p.type(), p.amountCny() == null ? BigDecimal.ZERO : p.amountCny(), BigDecimal::add);
        }
        return totals;
    }
}
