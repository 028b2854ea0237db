package org.appsupervision.portal.api.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.appsupervision.portal.api.MayBeNull;

/** The walk of a service's hash chain: intact or where it first breaks and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChainVerification(boolean intact, long sealed, long unsealed, @MayBeNull Long brokenAtChainSeq,
        @MayBeNull String reason, @MayBeNull String headHash) {
}
