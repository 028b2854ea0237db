package org.appsupervision.portal.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Batches, findings and import jobs as notice-service answers them (the fields the pages show). */
public final class BatchViews {

    private BatchViews() {
    }

    public record Batch(UUID id, String title, String runBy, String provinceCode, String bureauZh, LocalDate runFrom,
            LocalDate runTo, int appsTested, long findingCount, String recordedBy, Instant recordedAt) {
    }

    public record Finding(long id, String packageName, String appName, String version, String sourceStore,
            List<String> problems, Instant detectedAt, boolean repeat, List<String> repeatedProblems) {
    }

    /** An import job; {@code errors} are the bad lines (field names the line) when it was rejected. */
    public record ImportJob(UUID id, UUID batchId, String format, String status, String phase, long linesRead,
            long linesWritten, long badLines, List<LineError> errors, String failure, Instant submittedAt,
            Instant finishedAt) {

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

    public record LineError(String field, String message) {
    }
}
