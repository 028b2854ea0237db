package org.appsupervision.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account an admin creates, with its first password (and, for an agency account, the agency's credit code). */
public record NewAccount(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotBlank String> roles,
        @Pattern(regexp = "\\d{2}") String province,
        @NotBlank @Size(max = 200) String password,
        @Size(max = 18) String agencyCode) {
}
