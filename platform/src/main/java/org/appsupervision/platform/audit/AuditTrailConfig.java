package org.appsupervision.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the audit trail's sealer. */
@ConfigMapping(prefix = "supervision.audit-trail")
public interface AuditTrailConfig {

    /** How many records the sealer chains per transaction. */
    @WithDefault("5000")
    int sealBatchSize();
}
