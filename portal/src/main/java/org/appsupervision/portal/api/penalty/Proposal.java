package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A case proposal at a bureau, as far as the portal counts proposals per province. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Proposal(UUID id, String bureauProvinceCode, String bureauName, String status) {
}
