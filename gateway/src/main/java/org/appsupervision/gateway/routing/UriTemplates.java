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

    private final List<Template> templates;

    private UriTemplates(List<Template> templates) {
        this.templates = templates;
    }

    public static UriTemplates none() {
        return NONE;
    }

    /** The templates of these OpenAPI path keys; a key with more literal segments wins over one with fewer. */
    public static UriTemplates of(Collection<String> pathKeys) {
        List<Template> templates = new ArrayList<>();
        for (String key : pathKeys) {
            templates.add(new Template(key, segments(key)));
        }
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
        return new UriTemplates(List.copyOf(templates));
    }

    public boolean isEmpty() {
        return templates.isEmpty();
    }

    /** The template the path matches, or the route's prefix followed by {@code /*}. */
    public String tagFor(String path, String routePrefix) {
        if (path != null) {
            String[] segments = segments(path);
            for (Template template : templates) {
                if (template.matches(segments)) {
                    return template.key();
                }
            }
            if (path.equals(routePrefix)) {
                return routePrefix;
            }
        }
        return routePrefix + "/*";
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }

    private record Template(String key, String[] segments) {

        int literals() {
            int literals = 0;
            for (String segment : segments) {
                if (!isVariable(segment)) {
                    literals++;
                }
            }
            return literals;
        }

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (isVariable(segments[i]) ? path[i].isEmpty() : !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isVariable(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }
}
