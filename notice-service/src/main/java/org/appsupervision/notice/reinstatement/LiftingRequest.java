package org.appsupervision.notice.reinstatement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a takedown is lifted (the app was cleared). */
public record LiftingRequest(@NotBlank @Size(max = 2000) String reason) {
}
