package org.appsupervision.portal.auditlog;

import java.time.Instant;
import java.util.List;

/** The records the audit pages show. */
public final class AuditViews {

    private AuditViews() {
    }

    /** The chains an auditor can read: the gateway's security log and each service's trail of changes. */
    public static final List<String> SOURCES = List.of("gateway", "notice-service", "appstore-service", "penalty-service");

    /** One field of a changed row: its value before and after, and whether it changed. */
    public record FieldChange(String field, String before, String after, boolean changed) {
    }

    /** One entry of a trail or of the gateway's log, with the row's change as a readable diff. */
    public record Entry(long seq, Instant recordedAt, String actor, String what, String table, String rowKey,
            List<FieldChange> changes, Long chainSeq, String hash) {
    }

    /** A page of one source, the filters it was read with, the cursor to older entries, and a problem if any. */
    public record Page(String source, String table, String rowKey, String actor, List<Entry> entries, Long older,
            boolean filtersApply, String problem) {

        public boolean gateway() {
            return "gateway".equals(source);
        }
    }

    /** One chain's verification as its owner reported it. */
    public record ChainCheck(String source, boolean reachable, boolean intact, Long records, Long unsealed,
            Long brokenAt, String reason, String headHash) {
    }

    /** Case proposals and cases of one province. */
    public record ProvinceCount(String code, String name, long proposals, long openProposals, long cases, long decisions,
            String finesImposed) {
    }

    /** The ministry's table of proposals and cases per province, and whether penalty-service answered. */
    public record Provinces(List<ProvinceCount> provinces, long proposals, long cases, String problem) {
    }
}
