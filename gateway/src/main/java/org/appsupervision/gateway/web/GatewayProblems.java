package org.appsupervision.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.appsupervision.platform.problem.Problem;

/** Problem documents the gateway writes itself, outside JAX-RS: at the edge and for the routes. */
public final class GatewayProblems {

    public static final String TOO_MANY_REQUESTS = "/problems/too-many-requests";
    public static final String UNAVAILABLE = "/problems/unavailable";
    public static final String UPSTREAM_TIMEOUT = "/problems/upstream-timeout";
    public static final String TOO_LARGE = "/problems/payload-too-large";
    public static final String INCOMPLETE = "/problems/incomplete-request";
    public static final String LENGTH_REQUIRED = "/problems/length-required";
    public static final String HEADERS_TOO_LARGE = "/problems/request-headers-too-large";
    public static final String REFUSED_BY_SERVICE = "/problems/refused-by-service";

    private GatewayProblems() {
    }

    public static Buffer body(String type, String title, int status, String detail, String instance) {
        JsonObject problem = new JsonObject().put("type", type).put("title", title).put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.toBuffer();
    }

    public static void send(RoutingContext ctx, String type, String title, int status, String detail) {
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body(type, title, status, detail, ctx.request().path()));
    }
}
