package org.appsupervision.notice.finding.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem.FieldError;

/**
 * An import job as the API shows it. {@code status} is WAITING (for its file), RUNNING, SUCCEEDED, REJECTED (bad lines, nothing
 * written) or FAILED; {@code phase} tells a running job's step (READING and staging, then WRITING).
 */
public record ImportJobView(UUID id, UUID batchId, String format, String status, String phase, long linesRead,
        long linesWritten, long badLines, List<FieldError> errors, String failure, String submittedBy,
        Instant submittedAt, Instant finishedAt) {

    /** Opens an import into a batch whose file follows in a second request. */
    public record OpenRequest(@jakarta.validation.constraints.NotNull UUID batchId,
            @jakarta.validation.constraints.NotNull ImportFormat format) {
    }
}
