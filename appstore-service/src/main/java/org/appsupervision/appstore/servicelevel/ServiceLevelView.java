package org.appsupervision.appstore.servicelevel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;

/**
 * The takedown target in force: {@code source} is SET when an admin set it (then who, when and why),
 * CONFIGURED when the deployment's default applies.
 */
public record ServiceLevelView(String takedownTarget, long takedownTargetSeconds, String source, String changedBy,
        Instant changedAt, String reason) {

    static ServiceLevelView of(Duration target, String source, String changedBy, Instant changedAt, String reason) {
        return new ServiceLevelView(target.toString(), target.getSeconds(), source, changedBy, changedAt, reason);
    }

    /** An admin's change: the new target (ISO 8601, between one hour and 30 days) and the reason for it. */
    public record Change(@NotNull Duration takedownTarget, @NotBlank @Size(max = 500) String reason) {
    }
}
