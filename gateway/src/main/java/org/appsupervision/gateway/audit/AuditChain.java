package org.appsupervision.gateway.audit;

import java.time.Instant;
import org.appsupervision.platform.audit.AuditHash;

/**
 * The hash-chain rule of the gateway's security log, the platform's rule for every audit chain: each
 * record's hash is SHA-256 over the previous record's hash and every field of the record, so changing or
 * removing a record breaks every hash after it.
 */
public final class AuditChain {

    /** The {@code prev_hash} of the first record. */
    public static final String GENESIS = AuditHash.GENESIS;

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, Instant recordedAt, String action, String actor,
            String subject, String address, String detail) {
        return AuditHash.link(prevHash, Long.toString(seq), recordedAt.toString(), action, actor, subject, address,
                detail);
    }

    public static String hashOf(AuditRecord record) {
        return hash(record.prevHash, record.seq, record.recordedAt, record.action, record.actor, record.subject,
                record.address, record.detail);
    }
}
