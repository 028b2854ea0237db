package org.appsupervision.appstore.order;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;

/** An opaque keyset cursor over a notice's orders, by (app name, id). */
public record NoticeOrderCursor(String appName, UUID id) {

    public String encode() {
        String raw = id + "|" + appName;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a query parameter; null stays null, garbage is a validation problem. */
    public static NoticeOrderCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new NoticeOrderCursor(raw.substring(bar + 1), UUID.fromString(raw.substring(0, bar)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("after", "is not a cursor this API returned")));
        }
    }

    static NoticeOrderCursor of(TakedownOrder order) {
        return new NoticeOrderCursor(order.appName, order.id);
    }
}
