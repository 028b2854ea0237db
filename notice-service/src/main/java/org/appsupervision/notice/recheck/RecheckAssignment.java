package org.appsupervision.notice.recheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Arrays;
import java.util.List;
import org.appsupervision.notice.agency.Agency;
import org.appsupervision.notice.agency.AgencyRepository;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Picks the testing agency of a new re-check task by the rule officials set: ROUND_ROBIN takes the next active agency
 * in credit-code order after the last one assigned; BY_PROVINCE takes, round-robin, an active agency that names the
 * operator's province, else one that serves every province, else any active agency (plain round-robin).
 */
@ApplicationScoped
public class RecheckAssignment {

    /** The agency chosen and why, as the task records it. */
    public record Choice(String agencyCode, String rule, String reason) {
    }

    private final EntityManager em;
    private final AgencyRepository agencies;

    public RecheckAssignment(EntityManager em, AgencyRepository agencies) {
        this.em = em;
        this.agencies = agencies;
    }

    /** Chooses the agency for an operator of {@code province}; 409 when no agency is active. Moves the round-robin. */
    public Choice choose(String province) {
        AssignmentRule rule = em.find(AssignmentRule.class, 1, LockModeType.PESSIMISTIC_WRITE);
        List<Agency> active = agencies.active();
        if (active.isEmpty()) {
            throw ProblemException.conflict("No testing agency is active to re-check the report; officials register one first");
        }
        List<Agency> candidates = active;
        String reason = "round-robin over the active agencies";
        if (rule.rule == AssignmentRule.Kind.BY_PROVINCE) {
            List<Agency> naming = active.stream().filter(a -> Arrays.asList(a.provinces).contains(province)).toList();
            List<Agency> all = active.stream().filter(a -> a.provinces.length == 0).toList();
            if (!naming.isEmpty()) {
                candidates = naming;
                reason = "by province: serves province " + province;
            } else if (!all.isEmpty()) {
                candidates = all;
                reason = "by province: serves every province (none names " + province + ")";
            } else {
                reason = "by province: no agency serves " + province + ", round-robin over the active agencies";
            }
        }
        Agency next = next(candidates, rule.lastAgency);
        rule.lastAgency = next.creditCode;
        return new Choice(next.creditCode, "rule:" + rule.rule.name(), reason);
    }

    private static Agency next(List<Agency> candidates, String last) {
        return candidates.stream().filter(a -> last == null || a.creditCode.compareTo(last) > 0).findFirst()
                .orElse(candidates.get(0));
    }
}
