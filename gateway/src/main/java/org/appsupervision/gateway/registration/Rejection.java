package org.appsupervision.gateway.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a registration is rejected; the registrant reads it on the status page. */
public record Rejection(@NotBlank @Size(max = 1000) String reason) {
}
