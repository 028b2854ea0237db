package org.appsupervision.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An official's credentials. */
public record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
}
