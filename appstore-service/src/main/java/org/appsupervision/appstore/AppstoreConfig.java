package org.appsupervision.appstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the app-store side: the service-level target of a takedown and paging limits. */
@ConfigMapping(prefix = "appstore")
public interface AppstoreConfig {

    /** How long a store has to confirm a takedown after publication ("immediately" in the notices). */
    @WithDefault("PT24H")
    Duration takedownSla();

    /** How often the takedown clock looks for late orders (read by the scheduler). */
    @WithDefault("30s")
    String overdueCheckEvery();

    /** How many orders one marking pass flags as overdue. */
    @WithDefault("500")
    int overdueBatchSize();

    /** Largest page a store may ask for. */
    @WithDefault("500")
    int maxPageSize();
}
