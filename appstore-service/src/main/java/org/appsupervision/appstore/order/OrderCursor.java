package org.appsupervision.appstore.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import java.util.List;

/** An opaque keyset cursor over (orderedAt, id), so paging stays stable while new orders arrive. */
public record OrderCursor(Instant orderedAt, UUID id) {

    public String encode() {
        String raw = orderedAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a query parameter; null stays null, garbage is a validation problem. */
    public static OrderCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new OrderCursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("after", "is not a cursor this API returned")));
        }
    }

    static OrderCursor of(TakedownOrder order) {
        return new OrderCursor(order.orderedAt, order.id);
    }
}
