package org.appsupervision.portal.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's figures: the campaign's totals, four charts (each as JSON that the page's script
 * draws) and the services that could not be reached.
 */
public record Dashboard(Totals totals, Chart years, Chart problems, Chart stores, Chart makers, Chart provinces,
        List<String> unavailable, Chart complaints) {

    /**
     * The charts in the order the page shows them (the handset makers after the app stores; complaints last: the apps
     * to consider for re-checks).
     */
    public List<Chart> charts() {
        return List.of(years, problems, stores, makers, provinces, complaints);
    }

    /** Cumulative totals; null where the service that knows them did not answer. */
    public record Totals(LocalDate asOf, LocalDate historicalAsOf, Long noticeBatches, Long detectionBatches,
            Long appsTested, Long appsNotified, Long appsTakenDown, Long proactiveRemovals, Imported imported) {
    }

    /** The part of the totals that was imported (announced figures and archived notices), not the suite's own records. */
    public record Imported(Long noticeBatches, Long appsTested, Long appsNotified, Long appsTakenDown) {
    }

    /** A chart's title, whether it has data, its data as JSON, and the same data as a table for screen readers. */
    public record Chart(String id, String title, boolean empty, String json, List<String> columns, List<List<String>> rows) {
    }
}
