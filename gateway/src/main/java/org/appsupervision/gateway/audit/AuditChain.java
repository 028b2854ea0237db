package org.appsupervision.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash-chain rule: each record's hash is SHA-256 over the previous record's hash and every
 * field of the record, so changing or removing a record breaks every hash after it.
 */
public final class AuditChain {

    /** The {@code prev_hash} of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, Instant recordedAt, String action, String actor,
            String subject, String address, String detail) {
        String canonical = String.join("\u001f", prevHash, Long.toString(seq), recordedAt.toString(), action,
                actor, nullSafe(subject), nullSafe(address), nullSafe(detail));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashOf(AuditRecord record) {
        return hash(record.prevHash, record.seq, record.recordedAt, record.action, record.actor, record.subject,
                record.address, record.detail);
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }
}
