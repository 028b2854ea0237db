package org.appsupervision.platform.opendata;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Writes yesterday's dump every day at the configured time ({@code supervision.open-data.cron}, by default 02:00,
 * in {@code supervision.open-data.zone}); replicas that run it at once answer the same manifest (see
 * {@link OpenDataDumps#dump}).
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.open-data.enabled", stringValue = "true", enableIfMissing = true)
public class OpenDataSchedule {

    private static final Logger LOG = Logger.getLogger(OpenDataSchedule.class);

    private final OpenDataDumps dumps;

    public OpenDataSchedule(OpenDataDumps dumps) {
        this.dumps = dumps;
    }

    @Scheduled(identity = "open-data-dump", cron = "${supervision.open-data.cron:0 0 2 * * ?}",
            timeZone = "${supervision.open-data.zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dumpYesterday() {
        OpenDataDumps.Dump dump = dumps.dump(dumps.yesterday());
        LOG.infof("open data of %s: %s (%d files)", dump.manifest().date(), dump.written() ? "written" : "existed",
                dump.manifest().files().size());
    }
}
