package org.appsupervision.notice.finding;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the import jobs this instance runs alive in the database, and fails the running jobs whose heartbeat
 * stopped because their instance died: with several replicas, a restart of one never fails another's jobs.
 */
@ApplicationScoped
public class ImportJobLease {

    /** How long a running job may go without a heartbeat before it counts as abandoned. */
    static final Duration EXPIRY = Duration.ofMinutes(2);

    private final FindingImportService imports;
    private final FindingImportJobRepository jobs;

    public ImportJobLease(FindingImportService imports, FindingImportJobRepository jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void beat() {
        Set<UUID> running = imports.runningJobs();
        if (!running.isEmpty()) {
            jobs.update("heartbeatAt = ?1 where id in ?2 and status = 'RUNNING'", Instant.now(), running);
        }
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweep() {
        failAbandoned();
    }

    /** Fails the running jobs without a heartbeat for {@link #EXPIRY}; answers how many. */
    @Transactional
    public int failAbandoned() {
        Instant now = Instant.now();
        return jobs.update("status = 'FAILED', report = 'the instance that ran the import stopped; nothing was "
                + "written', finishedAt = ?1 where status = 'RUNNING' and (heartbeatAt is null or heartbeatAt < ?2) "
                + "and id not in ?3", now, now.minus(EXPIRY), imports.runningJobsOrNone());
    }
}
