package org.appsupervision.notice.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What an enterprise changed to rectify one notice item, and the version that carries the fix. */
public record ReportRequest(
        @NotNull UUID itemId,
        @NotBlank @Size(max = 10_000) String changes,
        @NotBlank @Size(max = 100) String fixedVersion) {
}
