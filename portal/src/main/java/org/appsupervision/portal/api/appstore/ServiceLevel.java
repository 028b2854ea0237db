package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.appsupervision.portal.api.MayBeNull;

/** The takedown target in force; who set it, when and why only when an admin did ({@code source} SET). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceLevel(long takedownTargetSeconds, String source, @MayBeNull String changedBy,
        @MayBeNull Instant changedAt, @MayBeNull String reason) {
}
