package org.appsupervision.appstore.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A store's objection to an order: a reason code and a text the officials read. */
public record ObjectionRequest(
        @NotNull ObjectionReason reasonCode,
        @NotBlank @Size(max = 4000) String reasonText) {
}
