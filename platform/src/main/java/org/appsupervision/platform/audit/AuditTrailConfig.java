package org.appsupervision.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Settings of the audit trail's sealer. */
@ConfigMapping(prefix = "supervision.audit-trail")
public interface AuditTrailConfig {

    /** How many records the sealer chains per transaction. */
    @WithDefault("5000")
    int sealBatchSize();

    /** Columns of audited rows whose values only admins see in the trail; other readers see them masked. */
    Optional<List<String>> adminOnlyColumns();
}
