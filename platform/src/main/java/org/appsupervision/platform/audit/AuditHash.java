package org.appsupervision.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash-chain rule of audit records: SHA-256 over the previous record's hash and every field of
 * the record, so changing, removing or reordering a record breaks every hash after it.
 */
public final class AuditHash {

    /** The previous hash of the first record of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u0000";

    private AuditHash() {
    }

    /** The hash of a record whose predecessor has {@code prevHash}; {@code null} fields are told apart from empty ones. */
    public static String link(String prevHash, String... fields) {
        StringBuilder canonical = new StringBuilder(prevHash);
        for (String field : fields) {
            canonical.append(SEPARATOR).append(field == null ? NULL : field);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
