package org.appsupervision.notice.stats;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Statistics of the campaign: totals as of a date (historical snapshot plus the system's own records) and breakdowns. */
public record StatsView(Totals totals, List<Breakdown> perYear, List<Breakdown> perProvince,
        List<Breakdown> perProblem, List<StoreShare> storeShares) {

    /**
     * Cumulative totals as of a date. {@code historicalAsOf} names the imported snapshot they start from
     * (null if none); the system's batches and notices after it are added.
     */
    public record Totals(LocalDate asOf, LocalDate historicalAsOf, long batches, long appsTested, long appsNotified,
            long appsTakenDown, Long proactiveRemovals) {
    }

    /** Counts for one year, province (GB/T 2260) or problem kind, from the system's own records. */
    public record Breakdown(String key, String label, long batches, long appsTested, long appsNotified,
            long appsTakenDown) {
    }

    /** A store's share of the distinct problem apps found: apps found in it / all problem apps found. */
    public record StoreShare(String storeCode, String storeName, long problemApps, double sharePercent) {
    }

    /** Cumulative totals announced before the system existed, as of a date. */
    public record HistoryEntry(@NotNull LocalDate asOf, @NotNull @Min(0) Integer batches, @NotNull @Min(0) Long appsTested,
            @NotNull @Min(0) Integer appsNotified, @NotNull @Min(0) Integer appsTakenDown, @Min(0) Long proactiveRemovals,
            @Size(max = 500) String source) {
    }
}
