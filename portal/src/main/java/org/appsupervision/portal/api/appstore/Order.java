package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.api.MayBeNull;

/**
 * A takedown or reinstatement order at one channel as the takedown board shows it: the app, the store, the state and
 * its clock, a handset maker's model lines, and a store's objection with the officials' answer once decided.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(UUID id, UUID itemId, String appName, String packageName, String operatorName, String storeCode,
        String status, String kind, boolean overdue, Instant deadline, @MayBeNull Instant confirmedAt,
        @MayBeNull Objection objection, String channelKind, String requiredAction, @MayBeNull List<String> modelLines) {

    /** A store's objection; {@code outcome} stays null until the officials decide. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Objection(String reasonCode, @MayBeNull String reasonText, Instant objectedAt,
            @MayBeNull String outcome) {
    }
}
