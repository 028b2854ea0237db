package org.appsupervision.notice.finding.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ImportJobLeaseTest {

    @Inject
    ImportJobLease lease;

    @Inject
    FindingImportJobRepository jobs;

    @Inject
    DataSource dataSource;

    @Test
    void failsARunningJobWhoseInstanceStoppedBeatingAndLeavesAnotherInstancesLiveJobRunning() {
        String batchId = FindingImportTest.batch(FindingImportTest.OFFICIAL, "MINISTRY");
        UUID abandoned = runningJob(batchId, Instant.now().minus(ImportJobLease.EXPIRY).minus(Duration.ofMinutes(1)));
        UUID live = runningJob(batchId, Instant.now());

        lease.failAbandoned();

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("FAILED", jobs.findById(abandoned).status);
            assertEquals("RUNNING", jobs.findById(live).status);
        });
    }

    @Test
    void dropsTheFindingsTableOfAFailedImportAndKeepsThoseOfARunningOneAndOfAJobNotStoredYet() throws SQLException {
        String batchId = FindingImportTest.batch(FindingImportTest.OFFICIAL, "MINISTRY");
        UUID failed = runningJob(batchId, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> jobs.findById(failed).status = "FAILED");
        UUID live = runningJob(batchId, Instant.now());
        leftBehind("finding_load_900001", failed, "11 minutes");
        leftBehind("finding_load_900002", live, "11 minutes");
        leftBehind("finding_load_900003", UUID.randomUUID(), "1 second");

        lease.sweepLoads();

        assertEquals(0, count("pg_class WHERE relname = 'finding_load_900001'"));
        assertEquals(0, count("finding_load WHERE table_name = 'finding_load_900001'"));
        assertEquals(1, count("pg_class WHERE relname = 'finding_load_900002'"));
        assertEquals(1, count("finding_load WHERE table_name = 'finding_load_900002'"));
        assertEquals(1, count("pg_class WHERE relname = 'finding_load_900003'"));
    }

    /** A findings table as an import leaves it when its transaction fails after the load's own one committed. */
    private void leftBehind(String table, UUID job, String age) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (LIKE finding)");
            statement.execute("INSERT INTO finding_load (table_name, job_id, created_at) VALUES ('" + table + "', '" + job
                    + "', now() - interval '" + age + "')");
        }
    }

    private long count(String from) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private UUID runningJob(String batchId, Instant heartbeat) {
        FindingImportJob job = new FindingImportJob();
        job.id = UUID.randomUUID();
        job.batchId = UUID.fromString(batchId);
        job.format = "CSV";
        job.status = "RUNNING";
        job.submittedBy = "another.instance";
        job.submittedAt = heartbeat;
        job.heartbeatAt = heartbeat;
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job));
        return job.id;
    }
}
