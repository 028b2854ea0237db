package org.appsupervision.platform.idempotency;

/**
 * A service's table of {@code Idempotency-Key}s that expire, with a {@code created_at} column (indexed):
 * {@link IdempotencyExpiry} forgets the keys recorded before the retention, after which the same key counts as new.
 * Keys that name what they created (an upload) are kept with it and do not implement this.
 */
public interface ExpiringKeys {

    /** The table's name, a constant of the code (never from a request). */
    String table();
}
