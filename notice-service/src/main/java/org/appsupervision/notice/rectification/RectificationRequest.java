package org.appsupervision.notice.rectification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a re-check found for one item: rectified (with the fixed version) or not rectified. */
public record RectificationRequest(
        @NotNull RectificationStatus status,
        @Size(max = 200) String fixedVersion,
        @Size(max = 2000) String note) {
}
