package org.appsupervision.portal.ops;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds the query of a service call from optional parameters, each value URL-encoded, blanks left out. */
public final class Query {

    private final StringJoiner parts = new StringJoiner("&", "?", "").setEmptyValue("");

    public static Query of() {
        return new Query();
    }

    public Query add(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
        }
        return this;
    }

    /** One path segment, encoded (a store code or an id typed into a URL stays one segment). */
    public static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return parts.toString();
    }
}
