package org.appsupervision.portal.scorecard;

import org.appsupervision.portal.api.appstore.Scorecard;

/**
 * One channel's scorecard (an app store or a handset maker, by {@code kind}) as the page shows it, with its rates and
 * durations already worked out.
 */
public record StoreScore(String code, String name, String kind, long received, long confirmed, long confirmedOnTime,
        Double onTimeRate, String median, String p90, long overdueNow, long objectionsRaised,
        long objectionsAccepted, long objectionsRejected, long objectionsAwaiting, long proactiveRemovals) {

    /** The kind of a channel that names none (the store registry before it had kinds). */
    public static final String APP_STORE = "APP_STORE";
    /** The kind of a handset maker, which preinstalls apps on its model lines. */
    public static final String HANDSET_MAKER = "HANDSET_MAKER";

    public boolean maker() {
        return HANDSET_MAKER.equals(kind);
    }

    /** Reads a scorecard of appstore-service; {@code duration} writes seconds in the reader's words. */
    static StoreScore of(Scorecard card, java.util.function.LongFunction<String> duration) {
        long received = card.received();
        long onTime = card.confirmedOnTime();
        Scorecard.Objections objections = card.objections() == null ? new Scorecard.Objections(0, 0, 0, 0)
                : card.objections();
        Long median = card.medianSecondsToConfirm();
        Long p90 = card.p90SecondsToConfirm();
        return new StoreScore(card.storeCode(), card.storeNameZh() != null ? card.storeNameZh() : card.storeCode(),
                card.kind() != null ? card.kind() : APP_STORE, received, card.confirmed(), onTime,
                received == 0 ? null : (double) onTime / received,
                median == null ? null : duration.apply(median), p90 == null ? null : duration.apply(p90),
                card.overdueNow(), objections.raised(), objections.accepted(), objections.rejected(),
                objections.awaitingDecision(), card.proactiveRemovals());
    }

    /** The on-time share as a percentage text in the reader's locale, or a dash without orders. */
    public String onTimePercent(java.util.Locale locale) {
        if (onTimeRate == null) {
            return "—";
        }
        java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        return percent.format(onTimeRate);
    }
}
