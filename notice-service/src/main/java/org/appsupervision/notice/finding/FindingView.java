package org.appsupervision.notice.finding;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finding as the API shows it. {@code repeatedProblems} are the problem kinds this app was already
 * notified for in an earlier published notice of another version: a repeat offence (屡犯).
 */
public record FindingView(long id, UUID batchId, String packageName, String appName, String version,
        String sourceStore, List<String> problems, String evidence, List<String> references, Instant detectedAt,
        boolean repeat, List<String> repeatedProblems) {

    /** Findings entered directly (a few at a time) into a batch; imports take files. */
    public record AddRequest(@NotNull UUID batchId, @NotEmpty @Size(max = 1000) List<FindingLine> findings) {
    }

    /** How many findings were written, their ids in the order they were sent, and the batch they went into. */
    public record Added(UUID batchId, long written, List<Long> findingIds) {
    }
}
