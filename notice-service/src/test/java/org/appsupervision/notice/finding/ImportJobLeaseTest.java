package org.appsupervision.notice.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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
