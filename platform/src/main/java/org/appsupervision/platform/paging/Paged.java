package org.appsupervision.platform.paging;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Answers a page as a JSON array whose {@code Link: <...>; rel="next"} header (RFC 8288), present only when more rows
 * exist, is the request's own path and query with {@code after} set: a relative reference, so it is right as seen
 * through the gateway, which routes paths unchanged.
 */
public final class Paged {

    public static final String LINK = "Link";

    private Paged() {
    }

    public static <T> RestResponse<List<T>> answer(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<List<T>> response = RestResponse.ResponseBuilder.ok(page.rows());
        if (page.next() != null) {
            response.header(LINK, "<" + nextLink(uri.getRequestUri(), page.next()) + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The path and query of {@code request} with {@code after} replaced by the cursor. */
    static String nextLink(URI request, String cursor) {
        URI next = UriBuilder.fromUri(request).replaceQueryParam("after", cursor).build();
        return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    }
}
