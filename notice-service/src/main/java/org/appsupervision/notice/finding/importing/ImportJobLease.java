package org.appsupervision.notice.finding.importing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the import jobs this instance runs alive in the database, and fails the running jobs whose heartbeat
 * stopped because their instance died: with several replicas, a restart of one never fails another's jobs; then
 * drops what those jobs left behind.
 */
@ApplicationScoped
public class ImportJobLease {

    /** How long a running job may go without a heartbeat before it counts as abandoned. */
    static final Duration EXPIRY = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(ImportJobLease.class);

    private final FindingImportService imports;
    private final FindingImportJobRepository jobs;
    private final FindingBulkWriter writer;

    public ImportJobLease(FindingImportService imports, FindingImportJobRepository jobs, FindingBulkWriter writer) {
        this.imports = imports;
        this.jobs = jobs;
        this.writer = writer;
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

    /** Drops the findings tables that failed or abandoned imports left unattached (see FindingCopy#dropAbandoned). */
    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepLoads() {
        try {
            int dropped = writer.dropAbandonedLoads();
            if (dropped > 0) {
                LOG.infof("Dropped %d findings tables left by failed imports", dropped);
            }
        } catch (SQLException e) {
            LOG.warn("Could not sweep the findings tables left by failed imports", e);
        }
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
