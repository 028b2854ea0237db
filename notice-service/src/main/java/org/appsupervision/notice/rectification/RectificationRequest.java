package org.appsupervision.notice.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An official's override of one item's state: rectified (with the fixed version) or not rectified, and why. */
public record RectificationRequest(
        @NotNull RectificationStatus status,
        @Size(max = 200) String fixedVersion,
        @Size(max = 2000) String note,
        @NotBlank @Size(max = 2000) String reason) {
}
