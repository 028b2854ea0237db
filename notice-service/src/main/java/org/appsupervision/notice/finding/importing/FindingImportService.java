package org.appsupervision.notice.finding.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.notice.batch.DetectionBatch;
import org.appsupervision.notice.batch.DetectionBatchRepository;
import org.appsupervision.platform.idempotency.IdempotencyKey;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.jboss.logging.Logger;
import org.appsupervision.notice.finding.line.FindingLine;

/**
 * Bulk imports of findings as jobs: the upload is spooled to a temporary file that its job reads as it grows, or
 * streamed straight in, and one job at a time validates and writes it (all or nothing) while its progress can be
 * polled.
 */
@ApplicationScoped
public class FindingImportService {

    private static final Logger LOG = Logger.getLogger(FindingImportService.class);

    private final FindingBulkWriter writer;
    private final FindingImportJobRepository jobs;
    private final DetectionBatchRepository batches;
    private final ImportIdempotency idempotency;
    private final ObjectMapper mapper;
    private final Map<UUID, ImportProgress> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "finding-import"));

    public FindingImportService(FindingBulkWriter writer, FindingImportJobRepository jobs,
            DetectionBatchRepository batches, ImportIdempotency idempotency, ObjectMapper mapper) {
        this.writer = writer;
        this.jobs = jobs;
        this.batches = batches;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    /** The jobs this instance runs or has queued (their heartbeats are this instance's to give). */
    Set<UUID> runningJobs() {
        return Set.copyOf(running.keySet());
    }

    /** The same, never empty (a placeholder id when idle), for a {@code not in} clause. */
    Set<UUID> runningJobsOrNone() {
        Set<UUID> jobs = runningJobs();
        return jobs.isEmpty() ? Set.of(new UUID(0, 0)) : jobs;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Spools the upload and answers the job once the whole file is stored; the batch must be one the user may write.
     * The job is queued at once and reads the spool file while it grows, but it stands (is claimed, persisted and may
     * end) only after the whole file is stored; if the upload breaks off or the job is refused, what it read is
     * rolled back and it never becomes visible. With an idempotency key that already opened a job for the same batch,
     * format and file, answers that job and lets the queued one go.
     */
    public ImportJobView submit(UUID batchId, ImportFormat format, InputStream body, BureauScope scope, String user,
            String idempotencyHeader, RequestFingerprint request) throws IOException {
        String idempotencyKey = IdempotencyKey.optional(idempotencyHeader);
        requireWritable(batchId, scope);
        GrowingSpool spool = GrowingSpool.create(format);
        FindingImportJob job = newJob(batchId, format, user, "RUNNING");
        ImportProgress progress = new ImportProgress();
        try {
            executor.submit(() -> runSpooled(job, format, spool, progress, user));
            spool.fill(request.digesting(body));
            // Beating before the job is stored, so that no other instance takes it for abandoned meanwhile.
            running.put(job.id, progress);
            UUID jobId;
            try {
                jobId = claimAndPersist(user, idempotencyKey, request.hex(), job);
            } catch (RuntimeException e) {
                running.remove(job.id);
                throw e;
            }
            if (!jobId.equals(job.id)) {
                running.remove(job.id);
                spool.abandon("the same request already opened job " + jobId);
                return get(jobId, BureauScope.MINISTRY);
            }
            spool.complete();
            return view(job, progress);
        } catch (IOException | RuntimeException | Error e) {
            spool.abandon("the upload failed before it was stored");
            throw e;
        }
    }

    /** The queued job of a spooled upload: reads it while it grows, and ends only if the upload made it stand. */
    private void runSpooled(FindingImportJob job, ImportFormat format, GrowingSpool spool, ImportProgress progress,
            String user) {
        Outcome outcome;
        InputStream in = null;
        try {
            in = spool.open();
            if (in == null) {
                return;
            }
            outcome = execute(job.id, job.batchId, format, in, progress, user);
        } catch (IOException e) {
            outcome = Outcome.failed(job.id, e);
        } finally {
            closeQuietly(in, job.id);
        }
        try {
            if (spool.stands()) {
                end(job.id, outcome, progress);
            } else {
                LOG.debugf("Spooled upload for batch %s abandoned; its queued job %s wrote nothing", job.batchId,
                        job.id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FindingImportJob newJob(UUID batchId, ImportFormat format, String user, String status) {
        FindingImportJob job = new FindingImportJob();
        job.id = UUID.randomUUID();
        job.batchId = batchId;
        job.format = format.name();
        job.status = status;
        job.submittedBy = user;
        job.submittedAt = Instant.now();
        job.heartbeatAt = job.submittedAt;
        return job;
    }

    /**
     * Opens a job that waits for its file, so that its progress can be polled while the file streams in. With an
     * idempotency key that already opened a job for the same batch and format, answers that job.
     */
    public ImportJobView open(UUID batchId, ImportFormat format, BureauScope scope, String user,
            String idempotencyHeader, RequestFingerprint request) {
        String idempotencyKey = IdempotencyKey.optional(idempotencyHeader);
        requireWritable(batchId, scope);
        FindingImportJob job = newJob(batchId, format, user, "WAITING");
        String fingerprint = idempotencyKey == null ? null
                : request.body(json(new ImportJobView.OpenRequest(batchId, format))).hex();
        UUID jobId = claimAndPersist(user, idempotencyKey, fingerprint, job);
        return jobId.equals(job.id) ? view(job, null) : get(jobId, BureauScope.MINISTRY);
    }

    /** Persists the new job unless the key already names an earlier one; answers the job that stands. */
    private UUID claimAndPersist(String user, String key, String fingerprint, FindingImportJob job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID standing = idempotency.claim(user, key, fingerprint, job.id);
            if (standing.equals(job.id)) {
                // A spooled upload may have taken minutes: the job's heartbeat starts when it is stored.
                job.heartbeatAt = Instant.now();
                jobs.persist(job);
            }
            return standing;
        });
    }

    /**
     * Streams the file of a waiting job straight through validation into the database, without spooling it,
     * and answers when the job has ended. The body is read ahead on a thread of its own, so that receiving it
     * overlaps with checking and writing. Only the user who opened the job may send its file.
     */
    public ImportJobView upload(UUID jobId, InputStream body, String user) {
        FindingImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            FindingImportJob waiting = jobs.findByIdOptional(jobId)
                    .orElseThrow(() -> ProblemException.notFound("Import job", jobId));
            if (!waiting.submittedBy.equals(user)) {
                throw new ForbiddenException("Only the user who opened the import sends its file");
            }
            if (!"WAITING".equals(waiting.status)) {
                throw ProblemException.conflict("Import job " + jobId + " is " + waiting.status + "; its file was sent already");
            }
            waiting.status = "RUNNING";
            waiting.heartbeatAt = Instant.now();
            return waiting;
        });
        ImportProgress progress = new ImportProgress();
        running.put(jobId, progress);
        InputStream in = RequestBodyReadAhead.of(body);
        try {
            end(jobId, execute(jobId, job.batchId, ImportFormat.valueOf(job.format), in, progress, user), progress);
        } finally {
            closeQuietly(in, jobId);
        }
        return get(jobId, BureauScope.MINISTRY);
    }

    /**
     * Writes a short list of findings at once, with the same checks; bad entries are reported by index. Answers the
     * ids of the findings written, in the order of {@code lines}.
     */
    public List<Long> add(UUID batchId, List<FindingLine> lines, BureauScope scope, String user) {
        requireWritable(batchId, scope);
        FindingBulkWriter.Result result;
        try {
            result = writer.write(batchId, new ListFindingSource(lines), new ImportProgress(), user, null);
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("Findings could not be written", e);
        }
        if (result.rejected()) {
            throw ProblemException.invalid(result.errors().stream()
                    .map(e -> new FieldError("findings[" + (Long.parseLong(e.field().substring(5)) - 1) + "]",
                            e.message()))
                    .toList());
        }
        return result.ids();
    }

    /** A job as its reader may see it: a bureau officer only the jobs of batches they may read. */
    public ImportJobView get(UUID jobId, BureauScope scope) {
        FindingImportJob job = QuarkusTransaction.requiringNew().call(() -> jobs.findByIdOptional(jobId))
                .orElseThrow(() -> ProblemException.notFound("Import job", jobId));
        if (!scope.isMinistry()) {
            String province = QuarkusTransaction.requiringNew().call(() -> batches.findById(job.batchId)).provinceCode;
            if (!scope.mayRead(province)) {
                throw new ForbiddenException("A bureau officer reads the imports of the ministry's and their own "
                        + "province's batches only");
            }
        }
        return view(job, running.get(jobId));
    }

    private void requireWritable(UUID batchId, BureauScope scope) {
        DetectionBatch batch = QuarkusTransaction.requiringNew().call(() -> batches.findByIdOptional(batchId))
                .orElseThrow(() -> ProblemException.notFound("Batch", batchId));
        if (!scope.mayWrite(batch.provinceCode)) {
            throw new ForbiddenException("A bureau officer writes the findings of their own province's batches only");
        }
    }

    /** How a job ended, before it is recorded. */
    private record Outcome(String status, String report, long written, Throwable failure) {

        static Outcome failed(UUID jobId, Throwable cause) {
            return new Outcome("FAILED", "the import failed on the server and wrote nothing; the log names the cause "
                    + "(job " + jobId + ")", 0, cause);
        }
    }

    private Outcome execute(UUID jobId, UUID batchId, ImportFormat format, InputStream in, ImportProgress progress,
            String user) {
        try (FindingSource source = format.open(in, mapper)) {
            FindingBulkWriter.Result result = writer.write(batchId, source, progress, user, jobId);
            return new Outcome(result.rejected() ? "REJECTED" : "SUCCEEDED",
                    result.rejected() ? mapper.writeValueAsString(result.errors()) : null, result.written(), null);
        } catch (Exception | Error e) {
            // An Error too (a file that exhausts memory, say) ends the job as FAILED instead of leaving it running.
            return Outcome.failed(jobId, e);
        }
    }

    private void end(UUID jobId, Outcome outcome, ImportProgress progress) {
        if (outcome.failure() != null) {
            LOG.errorf(outcome.failure(), "Import job %s failed", jobId);
        }
        try {
            finish(jobId, outcome.status(), outcome.report(), outcome.written(), progress);
        } finally {
            running.remove(jobId);
        }
    }

    private void finish(UUID jobId, String status, String report, long written, ImportProgress progress) {
        QuarkusTransaction.requiringNew().run(() -> {
            FindingImportJob job = jobs.findById(jobId);
            job.status = status;
            job.report = report;
            job.linesRead = progress.linesRead();
            job.linesWritten = written;
            job.badLines = (int) progress.badLines();
            job.finishedAt = Instant.now();
        });
    }

    /** Closes what a job read; closing the request body also lets its rest go, which may fail once the job ended. */
    private static void closeQuietly(InputStream in, UUID jobId) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                LOG.warnf("Closing the upload of import job %s failed after the job ended: %s", jobId, e.getMessage());
            }
        }
    }

    private ImportJobView view(FindingImportJob job, ImportProgress live) {
        boolean isRunning = "RUNNING".equals(job.status) && live != null;
        List<FieldError> errors = List.of();
        String failure = null;
        if ("REJECTED".equals(job.status) && job.report != null) {
            errors = readErrors(job.report);
        } else if ("FAILED".equals(job.status)) {
            failure = job.report;
        }
        return new ImportJobView(job.id, job.batchId, job.format, job.status, isRunning ? live.phase() : null,
                isRunning ? live.linesRead() : job.linesRead, isRunning ? live.linesWritten() : job.linesWritten,
                isRunning ? live.badLines() : job.badLines, errors, failure, job.submittedBy, job.submittedAt,
                job.finishedAt);
    }

    private List<FieldError> readErrors(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<FieldError>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
