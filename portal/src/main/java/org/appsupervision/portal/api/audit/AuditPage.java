package org.appsupervision.portal.api.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.appsupervision.portal.api.MayBeNull;

/** A page of a service's audit trail and the cursor of the next (null on the last page). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditPage(List<Entry> entries, @MayBeNull Long next) {

    /**
     * One state change: who, what, when, the row before and after (JSON, null on an insert or a delete), and its place
     * in the hash chain once sealed.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(long seq, Instant recordedAt, String actor, String operation, String table, String rowKey,
            @MayBeNull JsonNode before, @MayBeNull JsonNode after, @MayBeNull Long chainSeq, @MayBeNull String hash) {

        /** A row's JSON text, or null where there is none. */
        public static String text(JsonNode row) {
            return row == null || row.isNull() ? null : row.toString();
        }
    }
}
