package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/** An order for one of the enterprise's apps at one store, as the enterprise's pages show it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnterpriseOrder(UUID itemId, String storeCode, String kind, String status, boolean overdue,
        Instant orderedAt, @MayBeNull Instant deadline, @MayBeNull Instant confirmedAt) {
}
