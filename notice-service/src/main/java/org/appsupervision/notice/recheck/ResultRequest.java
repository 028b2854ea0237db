package org.appsupervision.notice.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a testing agency found: whether the app is rectified, in which version it tested, and its findings. */
public record ResultRequest(
        @NotNull RecheckTask.Outcome outcome,
        @NotBlank @Size(max = 100) String testedVersion,
        @NotBlank @Size(max = 10_000) String findings) {
}
