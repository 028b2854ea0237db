package org.appsupervision.gateway.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The path templates of the services' OpenAPI documents ({@code /api/notices/{id}}), matched against a request's
 * path so that the gateway's HTTP metrics name a proxied request by its operation and not by its ids: a raw path
 * per package name or notice id would give Micrometer one time series per id (it stops at 100 URIs and drops the
 * rest). A path that no template matches is named by the route's prefix ({@code /api/notices/*}), so an
 * attacker's made-up paths add no series either. Immutable; {@link ProxyMetricsTag} swaps in a new one.
 */
public final class UriTemplates {

    private static final UriTemplates NONE = new UriTemplates(List.of());
    private static final Template[] NO_TEMPLATES = new Template[0];

    /**
     * The templates by their number of segments, each list with more literal segments first: a path is compared only
     * with the templates of its own length, segment by segment in place (this runs on every proxied request).
     */
    private final Template[][] bySegments;
    private final boolean empty;

    private UriTemplates(List<Template> templates) {
        int longest = templates.stream().mapToInt(t -> t.segments().length).max().orElse(0);
        this.bySegments = new Template[longest + 1][];
        for (int count = 0; count <= longest; count++) {
            int segments = count;
            bySegments[count] = templates.stream().filter(t -> t.segments().length == segments)
                    .toArray(Template[]::new);
        }
        this.empty = templates.isEmpty();
    }

    public static UriTemplates none() {
        return NONE;
    }

    /** The templates of these OpenAPI path keys; a key with more literal segments wins over one with fewer. */
    public static UriTemplates of(Collection<String> pathKeys) {
        List<Template> templates = new ArrayList<>();
        for (String key : pathKeys) {
            templates.add(Template.of(key));
        }
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
        return new UriTemplates(List.copyOf(templates));
    }

    public boolean isEmpty() {
        return empty;
    }

    /** The template the path matches, or the route's prefix followed by {@code /*}. */
    public String tagFor(String path, String routePrefix) {
        if (path != null) {
            int from = path.startsWith("/") ? 1 : 0;
            int to = path.endsWith("/") && path.length() > from ? path.length() - 1 : path.length();
            int count = 1;
            for (int i = from; i < to; i++) {
                if (path.charAt(i) == '/') {
                    count++;
                }
            }
            for (Template template : count < bySegments.length ? bySegments[count] : NO_TEMPLATES) {
                if (template.matches(path, from, to)) {
                    return template.key();
                }
            }
            if (path.equals(routePrefix)) {
                return routePrefix;
            }
        }
        return routePrefix + "/*";
    }

    /** An OpenAPI path key, its segments, and which of them are variables ({@code {id}}). */
    private record Template(String key, String[] segments, boolean[] variable) {

        static Template of(String key) {
            String trimmed = key.startsWith("/") ? key.substring(1) : key;
            if (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            String[] segments = trimmed.split("/", -1);
            boolean[] variable = new boolean[segments.length];
            for (int i = 0; i < segments.length; i++) {
                variable[i] = segments[i].startsWith("{") && segments[i].endsWith("}");
            }
            return new Template(key, segments, variable);
        }

        int literals() {
            int literals = 0;
            for (boolean v : variable) {
                if (!v) {
                    literals++;
                }
            }
            return literals;
        }

        /** Whether {@code path[from, to)}, which has as many segments as this template, matches it. */
        boolean matches(String path, int from, int to) {
            int start = from;
            for (int i = 0; i < segments.length; i++) {
                int end = path.indexOf('/', start);
                if (end < 0 || end > to) {
                    end = to;
                }
                int length = end - start;
                if (variable[i] ? length == 0
                        : length != segments[i].length() || !path.regionMatches(start, segments[i], 0, length)) {
                    return false;
                }
                start = end + 1;
            }
            return true;
        }
    }
}
