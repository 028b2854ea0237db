package org.appsupervision.gateway.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the caller's if it is a plain token, otherwise a new
 * one. The services receive it through the routes and the caller gets it back on the response.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /**
     * The gateway's filters run from here (request id, token size, CSRF, body size, rate limits) and the routes to the
     * services right after them, all before Quarkus' own security filters (authentication at -200, Quarkus REST's
     * template-path filter at -199, authorization at -100), which only the gateway's own endpoints need.
     */
    public static final int ORDER = -260;
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            ctx.request().headers().set(HEADER, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }
}
