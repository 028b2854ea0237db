package org.appsupervision.notice.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.appsupervision.notice.operator.CreditCode;

/** The agency an open re-check task moves to, and why. */
public record ReassignRequest(@NotBlank @CreditCode String agencyCode, @NotBlank @Size(max = 2000) String reason) {
}
