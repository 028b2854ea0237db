package org.appsupervision.portal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code Link rel="next"} header of the services' paged lists (platform paging) for the portal. */
public final class NextLinks {

    /** The services' largest page (platform {@code PageRequest.MAX_LIMIT}). */
    public static final int LARGEST_PAGE = 1000;
    /** A bound on the pages read for one whole list, so a faulty link cannot loop forever. */
    public static final int MOST_PAGES = 1000;

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    private NextLinks() {
    }

    /** The path and query of the {@code rel="next"} link, or null when there is none or it is not a local path. */
    public static String target(String link) {
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        if (!matcher.find()) {
            return null;
        }
        String target = matcher.group(1);
        return target.startsWith("/") && !target.startsWith("//") ? target : null;
    }

    /** The {@code after} parameter of a link's query, decoded, or null. */
    public static String after(String pathAndQuery) {
        String query = URI.create(pathAndQuery).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("after=")) {
                return URLDecoder.decode(pair.substring("after=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The path with {@code limit} set, unless the caller set one. */
    static String withLimit(String pathAndQuery, int limit) {
        if (pathAndQuery.matches(".*[?&]limit=.*")) {
            return pathAndQuery;
        }
        return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "limit=" + limit;
    }
}
