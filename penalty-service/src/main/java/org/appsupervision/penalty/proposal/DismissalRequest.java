package org.appsupervision.penalty.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Dismissing a proposal: why no case is filed. */
public record DismissalRequest(@NotBlank @Size(max = 2000) String reason) {
}
