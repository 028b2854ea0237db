package org.appsupervision.gateway.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.appsupervision.gateway.account.LoginResource;

/**
 * Refuses oversized credentials before anything parses them: a bearer token or login cookie longer
 * than any token the gateway issues is an attack on the parsers, not a login.
 */
@ApplicationScoped
public class TokenSizeLimit {

    /** Far above the gateway's own tokens (about 800 characters). */
    public static final int MAX_TOKEN_CHARS = 8192;

    void register(@Observes Router router) {
        router.route().order(RequestIds.ORDER + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        Cookie cookie = ctx.request().getCookie(LoginResource.TOKEN_COOKIE);
        if ((authorization != null && authorization.length() > MAX_TOKEN_CHARS)
                || (cookie != null && cookie.getValue().length() > MAX_TOKEN_CHARS)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            GatewayProblems.send(ctx, "/problems/unauthenticated", "需要登录或有效令牌 / Authentication required", 401,
                    "The token is larger than any token this gateway issues");
            return;
        }
        ctx.next();
    }
}
