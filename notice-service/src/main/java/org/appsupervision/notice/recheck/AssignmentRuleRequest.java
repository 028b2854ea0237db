package org.appsupervision.notice.recheck;

import jakarta.validation.constraints.NotNull;

/** The assignment rule officials set for new re-check tasks. */
public record AssignmentRuleRequest(@NotNull AssignmentRule.Kind rule) {
}
