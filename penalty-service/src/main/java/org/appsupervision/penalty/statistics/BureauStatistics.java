package org.appsupervision.penalty.statistics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One bureau's figures: cases per stage, decisions, fines imposed and paid, and the days from
 * filing to decision (average and longest, over approved decisions).
 */
public record BureauStatistics(String bureauProvinceCode, String bureauName, long cases, Map<String, Long> casesByStage,
        long decisions, BigDecimal finesImposedCny, BigDecimal finesPaidCny, BigDecimal averageDaysToDecision,
        Integer longestDaysToDecision) {
}
