package org.appsupervision.gateway.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body over its route's limit ({@link BodyLimits}) before anything reads it: a declared
 * {@code Content-Length} over the limit gets a 413 problem at once and the connection is closed, so the body is
 * never read, not even after {@code Expect: 100-continue}, which is answered here only once the body is within its
 * limit. A streamed body (no {@code Content-Length}) is cut at the limit by the routes' proxy
 * ({@code GuardedRoute}) on the way to a service; the gateway's own endpoints, which read their small bodies whole,
 * do not take one (411 problem): every browser form and HTTP client sends a short body with its length. The
 * portal's import form does, as its multipart file is spooled to disk up to the upload limit
 * ({@code quarkus.http.limits.max-body-size}).
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before the rate limits ({@code RateLimitFilter.ORDER}), so that a refused body costs no database round trip. */
    static final int ORDER = RequestIds.ORDER + 3;
    public static final String TITLE = "请求内容过大 / Payload too large";

    private final BodyLimits limits;

    public BodySizeLimit(BodyLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        BodyLimits.Limit limit = limits.of(request.method(), ctx.normalizedPath(), request.getHeader("Content-Type"));
        String declared = request.getHeader("Content-Length");
        if (declared != null && length(declared) > limit.bytes()) {
            refuse(ctx, 413, GatewayProblems.TOO_LARGE, TITLE, BodyLimits.detail(limit));
            return;
        }
        if (declared == null && !limit.streamed() && limit.kind() != BodyLimits.Kind.UPLOAD && mayStream(request)) {
            refuse(ctx, 411, GatewayProblems.LENGTH_REQUIRED, "需要内容长度 / Length required",
                    "Send the body with a Content-Length; this endpoint takes no streamed body");
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            // Only now, within the limit, is the client told to send its body (curl asks before a megabyte or more).
            request.response().writeContinue();
        }
        ctx.next();
    }

    /** A body of unknown length: chunked (HTTP/1.1), or a body-carrying method without a length (HTTP/2). */
    private static boolean mayStream(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT
                    || request.method() == HttpMethod.PATCH;
        }
        return request.getHeader("Transfer-Encoding") != null;
    }

    /** Answers without reading the body, and closes the connection so that the rest of it is never read either. */
    private static void refuse(RoutingContext ctx, int status, String type, String title, String detail) {
        ctx.response().putHeader("Connection", "close").endHandler(ended -> ctx.request().connection().close());
        GatewayProblems.send(ctx, type, title, status, detail);
    }

    private static long length(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
