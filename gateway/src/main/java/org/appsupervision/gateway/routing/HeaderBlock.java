package org.appsupervision.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The size of the header block a proxied request will have when it reaches its service, counted as the service's
 * HTTP decoder counts it (every header line with its CRLF): the headers the proxy passes on, the service's own
 * {@code Host}, and the length or chunking header the proxy adds.
 */
final class HeaderBlock {

    /** Headers the proxy never passes on (hop-by-hop, and Host, which it replaces). */
    private static final Set<String> NOT_PASSED_ON = caseInsensitive("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    /** "Content-Length: " and twenty digits, or "Transfer-Encoding: chunked", with the line end. */
    private static final int LENGTH_LINE = 38;

    private HeaderBlock() {
    }

    /** The bytes of the header block the service will read for these headers, sent to {@code authority}. */
    static int forwardedSize(MultiMap headers, String authority) {
        int size = "Host: ".length() + authority.length() + 2 + LENGTH_LINE;
        for (Map.Entry<String, String> header : headers) {
            if (!NOT_PASSED_ON.contains(header.getKey())) {
                size += header.getKey().length() + 2 + header.getValue().length() + 2;
            }
        }
        return size;
    }

    /** Names compared without regard to case and without a lower-cased copy per header and request. */
    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }
}
