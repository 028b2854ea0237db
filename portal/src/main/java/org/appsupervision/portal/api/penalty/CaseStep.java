package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.appsupervision.portal.api.MayBeNull;

/** One recorded step of a case's procedure. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseStep(String action, @MayBeNull String fromStage, String toStage, String actor, Instant at,
        @MayBeNull String note) {
}
