package org.appsupervision.gateway.web;

import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body over its route's limit ({@link BodyLimits}) before anything reads it: a declared
 * {@code Content-Length} over the limit gets a 413 problem at once and the connection is closed, so the body is
 * never read; a streamed (chunked) body is capped where it is read: by Quarkus' request reader for the gateway's own
 * endpoints (the per-route limit replaces the global {@code quarkus.http.limits.max-body-size}) and by the routes'
 * proxy ({@code GuardedRoute}) for the services.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Just after Quarkus' global limit (order -2), which sets its own cap for streamed bodies that this one replaces. */
    static final int ORDER = -1;
    public static final String TITLE = "请求内容过大 / Payload too large";

    private final BodyLimits limits;

    public BodySizeLimit(BodyLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        BodyLimits.Limit limit = limits.of(ctx.request().method(), ctx.normalizedPath(),
                ctx.request().getHeader("Content-Type"));
        String declared = ctx.request().getHeader("Content-Length");
        if (declared == null) {
            ctx.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit.bytes());
        } else if (length(declared) > limit.bytes()) {
            ctx.response().putHeader("Connection", "close")
                    .endHandler(ended -> ctx.request().connection().close());
            GatewayProblems.send(ctx, GatewayProblems.TOO_LARGE, TITLE, 413, BodyLimits.detail(limit));
            return;
        }
        ctx.next();
    }

    private static long length(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
