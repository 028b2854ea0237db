package org.appsupervision.platform.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One state change as the audit trail keeps it: who, what (table, operation, row), when, the row
 * before and after (JSON), and its place in the hash chain once sealed ({@code chainSeq} null before).
 */
public record AuditEntry(long seq, Instant recordedAt, long txId, String actor, String table, String operation,
        String rowKey, @JsonRawValue String before, @JsonRawValue String after, Long chainSeq, String prevHash,
        String hash) {

    /** The record's own hash given its predecessor's, as the sealer computes and the verification re-computes. */
    String linkTo(String previousHash, long chainPosition) {
        return AuditHash.link(previousHash, Long.toString(chainPosition), Long.toString(seq), recordedAt.toString(),
                Long.toString(txId), actor, table, operation, rowKey, before, after);
    }
}
