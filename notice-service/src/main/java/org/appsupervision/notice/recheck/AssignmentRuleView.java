package org.appsupervision.notice.recheck;

import java.time.Instant;

/** The assignment rule in force, who set it and when, and the agency round-robin assigned last. */
public record AssignmentRuleView(String rule, String lastAgencyCode, String setBy, Instant setAt) {

    static AssignmentRuleView of(AssignmentRule rule) {
        return new AssignmentRuleView(rule.rule.name(), rule.lastAgency, rule.setBy, rule.setAt);
    }
}
