package org.appsupervision.portal.api.notice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.appsupervision.portal.api.MayBeNull;

/** A problem kind (its code as findings and notices name it) with its labels. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemKind(String code, String labelZh, @MayBeNull String labelEn) {
}
