package org.appsupervision.appstore.order;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/**
 * An opaque keyset cursor over a store's orders in commit order: the inserting transaction's id and
 * the row's sequence number. Paging stays complete while new orders arrive.
 */
public record OrderCursor(long txId, long seq) {

    static final OrderCursor START = new OrderCursor(0, 0);

    public String encode() {
        String raw = "v2|" + txId + "|" + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a query parameter; null is the start, garbage is a validation problem. */
    public static OrderCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !"v2".equals(parts[0])) {
                throw new IllegalArgumentException("not a v2 cursor");
            }
            return new OrderCursor(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("after", "is not a cursor this API returned")));
        }
    }
}
