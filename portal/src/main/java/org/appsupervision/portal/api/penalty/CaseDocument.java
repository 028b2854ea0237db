package org.appsupervision.portal.api.penalty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/** A document of a case (prior notice, decision), with the hash of its signed PDF once signed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseDocument(UUID id, String kind, String number, @MayBeNull String pdfSha256) {
}
