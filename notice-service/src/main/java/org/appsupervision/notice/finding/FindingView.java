package org.appsupervision.notice.finding;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.finding.line.FindingLine;

/**
 * A finding as the API shows it. {@code repeatedProblems} are the problem kinds this app was already
 * notified for in an earlier published notice of another version: a repeat offence (屡犯). {@code observedFlows}
 * are the data flows the detection observed, each marked disclosed or not by the app version's dual list.
 * {@code sdk} is the SDK that performed the behaviour, when the finding named one (null otherwise).
 */
public record FindingView(long id, UUID batchId, String packageName, String appName, String version,
        String sourceStore, List<String> problems, String evidence, List<String> references, Instant detectedAt,
        boolean repeat, List<String> repeatedProblems, List<Flow> observedFlows, Sdk sdk) {

    /** The SDK a finding names, from the registry, with the version the finding gave (null when it gave none). */
    public record Sdk(String code, String nameZh, String nameEn, String version) {
    }

    /**
     * A data flow the finding observed, judged against the latest published dual list of its app version:
     * undisclosed with the reason "not declared" or "no dual list".
     */
    public record Flow(String activity, String kind, String recipient, boolean disclosed, String reason) {
    }

    /** The same finding with its observed flows. */
    public FindingView withFlows(List<Flow> flows) {
        return new FindingView(id, batchId, packageName, appName, version, sourceStore, problems, evidence, references,
                detectedAt, repeat, repeatedProblems, flows, sdk);
    }

    /** Findings entered directly (a few at a time) into a batch; imports take files. */
    public record AddRequest(@NotNull UUID batchId, @NotEmpty @Size(max = 1000) List<FindingLine> findings) {
    }

    /** How many findings were written, their ids in the order they were sent, and the batch they went into. */
    public record Added(UUID batchId, long written, List<Long> findingIds) {
    }
}
