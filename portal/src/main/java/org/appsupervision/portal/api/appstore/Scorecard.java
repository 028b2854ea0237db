package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.appsupervision.portal.api.MayBeNull;

/**
 * How one channel performed on the takedown orders of a period: received, confirmed (on time), seconds to confirm
 * (none before a first confirmation), overdue now, objections, and the apps it removed on its own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scorecard(String storeCode, String storeNameZh, String kind, long received, long confirmed,
        long confirmedOnTime, @MayBeNull Long medianSecondsToConfirm, @MayBeNull Long p90SecondsToConfirm,
        long overdueNow, Objections objections, long proactiveRemovals) {

    /** Objections raised in the period and what became of them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Objections(long raised, long accepted, long rejected, long awaitingDecision) {
    }
}
