package org.appsupervision.penalty.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.appsupervision.platform.security.BureauScope;

/** Figures per bureau, computed from the cases, decisions and payments as they stand. */
@ApplicationScoped
public class StatisticsService {

    private final EntityManager em;

    public StatisticsService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<BureauStatistics> perBureau(BureauScope scope) {
        String where = scope.provinceCode() == null ? " " : " WHERE b.province_code = :province ";
        var totals = em.createNativeQuery("""
                SELECT b.province_code, b.name_zh, count(c.id),
                       count(c.decision_number),
                       coalesce(sum(c.total_fine) FILTER (WHERE c.decision_number IS NOT NULL), 0),
                       coalesce((SELECT sum(p.amount) FROM payment p JOIN penalty_case pc ON pc.id = p.case_id
                                 WHERE pc.bureau_province_code = b.province_code), 0),
                       avg(c.decision_on - c.filed_on) FILTER (WHERE c.decision_number IS NOT NULL),
                       max(c.decision_on - c.filed_on) FILTER (WHERE c.decision_number IS NOT NULL)
                FROM bureau b LEFT JOIN penalty_case c ON c.bureau_province_code = b.province_code""" + where + """
                 GROUP BY b.province_code, b.name_zh ORDER BY b.province_code""");
        var stages = em.createNativeQuery("SELECT bureau_province_code, stage, count(*) FROM penalty_case"
                + (scope.provinceCode() == null ? "" : " WHERE bureau_province_code = :province")
                + " GROUP BY bureau_province_code, stage");
        if (scope.provinceCode() != null) {
            totals.setParameter("province", scope.provinceCode());
            stages.setParameter("province", scope.provinceCode());
        }
        Map<String, Map<String, Long>> byStage = new TreeMap<>();
        for (Object[] row : (List<Object[]>) stages.getResultList()) {
            byStage.computeIfAbsent(row[0].toString(), k -> new LinkedHashMap<>())
                    .put(row[1].toString(), ((Number) row[2]).longValue());
        }
        List<BureauStatistics> result = new ArrayList<>();
        for (Object[] row : (List<Object[]>) totals.getResultList()) {
            String code = row[0].toString();
            result.add(new BureauStatistics(code, (String) row[1], ((Number) row[2]).longValue(),
                    byStage.getOrDefault(code, Map.of()), ((Number) row[3]).longValue(), decimal(row[4]),
                    decimal(row[5]), row[6] == null ? null : decimal(row[6]).setScale(1, RoundingMode.HALF_UP),
                    row[7] == null ? null : ((Number) row[7]).intValue()));
        }
        return result;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
