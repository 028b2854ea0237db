package org.appsupervision.appstore.scorecard;

import java.time.Instant;
import org.appsupervision.appstore.store.ChannelKind;

/**
 * How one channel (an app store or a handset maker, {@code kind}) performed on the takedown orders published in a period: received, confirmed (on
 * time), time to confirm (median and 90th percentile, seconds from publication), overdue now,
 * objections and their outcomes, and the apps it removed on its own (removed in the period).
 */
public record Scorecard(
        String storeCode,
        String storeNameZh,
        Instant from,
        Instant to,
        long received,
        long confirmed,
        long confirmedOnTime,
        Long medianSecondsToConfirm,
        Long p90SecondsToConfirm,
        long overdueNow,
        Objections objections,
        long proactiveRemovals,
        ChannelKind kind) {

    /** Objections raised in the period and what became of them. */
    public record Objections(long raised, long accepted, long rejected, long awaitingDecision) {
    }
}
