package org.appsupervision.portal.batch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/**
 * Batches, findings and import jobs as notice-service answers them through {@code api/notice/NoticeApi} (the fields
 * the pages show; what the service leaves null in some states is {@link MayBeNull}).
 */
public final class BatchViews {

    private BatchViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Batch(UUID id, String title, String runBy, @MayBeNull String provinceCode, @MayBeNull String bureauZh,
            LocalDate runFrom, LocalDate runTo, int appsTested, long findingCount, String recordedBy, Instant recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(long id, String packageName, String appName, @MayBeNull String version,
            @MayBeNull String sourceStore, List<String> problems, Instant detectedAt, boolean repeat,
            @MayBeNull List<String> repeatedProblems) {
    }

    /** An import job; {@code errors} are the bad lines (field names the line) when it was rejected. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportJob(UUID id, UUID batchId, String format, String status, @MayBeNull String phase,
            long linesRead, long linesWritten, long badLines, @MayBeNull List<LineError> errors,
            @MayBeNull String failure, Instant submittedAt, @MayBeNull Instant finishedAt) {

        public boolean finished() {
            return "SUCCEEDED".equals(status) || "REJECTED".equals(status) || "FAILED".equals(status);
        }

        /** How far the job got, 0 to 100: lines read against the lines of the uploaded file (100 once finished). */
        public long percent(long totalLines) {
            if (finished()) {
                return 100;
            }
            return totalLines <= 0 ? 0 : Math.min(99, linesRead * 100 / totalLines);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LineError(@MayBeNull String field, String message) {
    }
}
