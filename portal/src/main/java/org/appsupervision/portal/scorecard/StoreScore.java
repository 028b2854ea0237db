package org.appsupervision.portal.scorecard;

import io.vertx.core.json.JsonObject;

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
    static StoreScore of(JsonObject card, java.util.function.LongFunction<String> duration) {
        long received = card.getLong("received", 0L);
        long onTime = card.getLong("confirmedOnTime", 0L);
        JsonObject objections = card.getJsonObject("objections", new JsonObject());
        Long median = card.getLong("medianSecondsToConfirm");
        Long p90 = card.getLong("p90SecondsToConfirm");
        return new StoreScore(card.getString("storeCode"), card.getString("storeNameZh", card.getString("storeCode")),
                card.getString("kind", APP_STORE), received, card.getLong("confirmed", 0L), onTime, received == 0 ? null : (double) onTime / received,
                median == null ? null : duration.apply(median), p90 == null ? null : duration.apply(p90),
                card.getLong("overdueNow", 0L), objections.getLong("raised", 0L), objections.getLong("accepted", 0L),
                objections.getLong("rejected", 0L), objections.getLong("awaitingDecision", 0L),
                card.getLong("proactiveRemovals", 0L));
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
