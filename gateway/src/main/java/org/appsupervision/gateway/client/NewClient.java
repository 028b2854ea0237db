package org.appsupervision.gateway.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A store API client an admin registers. */
public record NewClient(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String clientId,
        @NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9][a-z0-9_-]*") String storeCode) {
}
