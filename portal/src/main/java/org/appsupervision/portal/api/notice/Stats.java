package org.appsupervision.portal.api.notice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.portal.api.MayBeNull;

/** notice-service's statistics as the dashboard shows them: the totals, per year, per problem kind, complaints per app. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stats(Totals totals, List<Breakdown> perYear, List<Breakdown> perProblem, List<AppComplaints> complaintsPerApp) {

    /** Cumulative totals as of a date, from the imported snapshot ({@code historicalAsOf}, null if none) on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(LocalDate asOf, @MayBeNull LocalDate historicalAsOf, long noticeBatches, long detectionBatches,
            long appsTested, long appsNotified, long appsTakenDown, @MayBeNull Long proactiveRemovals, Imported imported) {
    }

    /** What the totals hold from the imported snapshot and archive. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Imported(long noticeBatches, long appsTested, long appsNotified, long appsTakenDown) {
    }

    /** The counts of one year or problem kind. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Breakdown(String key, @MayBeNull String label, long appsNotified, long appsTakenDown) {

        public String name() {
            return label != null ? label : key;
        }
    }

    /** The public's complaints about one app, open and all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppComplaints(String packageName, @MayBeNull String appName, long complaints, long open) {
    }
}
