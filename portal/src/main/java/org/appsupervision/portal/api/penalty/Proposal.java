package org.appsupervision.portal.api.penalty;

import java.util.UUID;

/** A case proposal at a bureau, as far as the portal counts proposals per province. */
public record Proposal(UUID id, String bureauProvinceCode, String bureauName, String status) {
}
