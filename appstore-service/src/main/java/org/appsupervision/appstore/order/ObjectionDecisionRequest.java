package org.appsupervision.appstore.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An official's decision on a store's objection, with an optional note to the store. */
public record ObjectionDecisionRequest(
        @NotNull ObjectionOutcome outcome,
        @Size(max = 4000) String note) {
}
