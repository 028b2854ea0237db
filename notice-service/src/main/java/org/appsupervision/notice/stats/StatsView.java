package org.appsupervision.notice.stats;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.notice.complaint.ComplaintCounts;

/**
 * Statistics of the campaign: totals as of a date, split into what was imported (announced totals and archived
 * notices) and the suite's own records, and breakdowns. Notice batches (the numbered rectification and re-check
 * notices, 总第N批) and detection batches (检测批次) are counted apart. {@code complaintsPerApp}: the apps the public
 * complained about most, with counts per problem kind (to choose re-check targets).
 */
public record StatsView(Totals totals, List<Breakdown> perYear, List<Breakdown> perProvince,
        List<Breakdown> perProblem, List<StoreShare> storeShares, List<Breakdown> importedPerYear,
        List<ComplaintCounts.AppCount> complaintsPerApp) {

    /**
     * Cumulative totals as of a date: {@code imported} plus {@code own}. {@code historicalAsOf} names the imported
     * snapshot they start from (null if none).
     */
    public record Totals(LocalDate asOf, LocalDate historicalAsOf, long noticeBatches, long detectionBatches,
            long appsTested, long appsNotified, long appsTakenDown, Long proactiveRemovals, Figures imported,
            Figures own) {
    }

    /**
     * One side of the totals. Imported: the latest announced snapshot (its batches are notice batches) plus the
     * archived notices published after it. Own: the suite's detection batches and its own notices after the snapshot.
     */
    public record Figures(long noticeBatches, long detectionBatches, long appsTested, long appsNotified,
            long appsTakenDown, Long proactiveRemovals) {
    }

    /**
     * Counts for one year, province (GB/T 2260) or problem kind. In perYear, perProvince and perProblem from the
     * suite's own records; in importedPerYear from the archived notices.
     */
    public record Breakdown(String key, String label, long noticeBatches, long detectionBatches, long appsTested,
            long appsNotified, long appsTakenDown) {
    }

    /** A store's share of the distinct problem apps found: apps found in it / all problem apps found. */
    public record StoreShare(String storeCode, String storeName, long problemApps, double sharePercent) {
    }

    /** Cumulative totals announced before the system existed, as of a date; {@code batches} are notice batches. */
    public record HistoryEntry(@NotNull LocalDate asOf, @NotNull @Min(0) Integer batches, @NotNull @Min(0) Long appsTested,
            @NotNull @Min(0) Integer appsNotified, @NotNull @Min(0) Integer appsTakenDown, @Min(0) Long proactiveRemovals,
            @Size(max = 500) String source) {
    }
}
