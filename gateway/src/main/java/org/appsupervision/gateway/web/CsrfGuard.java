package org.appsupervision.gateway.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.appsupervision.gateway.account.LoginResource;

/**
 * Cross-site request forgery guard for requests that the browser authenticates with the login
 * cookie: a state-changing request must come from the gateway's own origin, as the browser's
 * {@code Sec-Fetch-Site} or {@code Origin} header says. Requests with a bearer token (API clients,
 * scripts) cannot be forged cross-site and pass; so do requests without the cookie.
 */
@ApplicationScoped
public class CsrfGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void register(@Observes Router router) {
        router.route().order(RequestIds.ORDER + 2).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (SAFE.contains(ctx.request().method()) || ctx.request().getHeader("Authorization") != null
                || ctx.request().getCookie(LoginResource.TOKEN_COOKIE) == null || sameOrigin(ctx)) {
            ctx.next();
            return;
        }
        GatewayProblems.send(ctx, "/problems/csrf", "跨站请求被拒绝 / Cross-site request refused", 403,
                "A state-changing request with the login cookie must come from this site's own pages");
    }

    static boolean sameOrigin(RoutingContext ctx) {
        String host = ctx.request().getHeader("X-Forwarded-Host");
        return sameOrigin(ctx.request().getHeader("Sec-Fetch-Site"), ctx.request().getHeader("Origin"),
                host != null ? host : ctx.request().getHeader("Host"));
    }

    /**
     * Whether a request with these headers comes from the gateway's own pages (also for forms sent without
     * the cookie). An Origin that is not exactly {@code scheme://host[:port]} is simply not this site.
     */
    public static boolean sameOrigin(String site, String origin, String host) {
        if (site != null) {
            return site.equals("same-origin");
        }
        String authority = authorityOf(origin);
        return authority != null && host != null && authority.equalsIgnoreCase(host);
    }

    /** The {@code host[:port]} of a serialized origin (RFC 6454), or null when it is not one. */
    private static String authorityOf(String origin) {
        if (origin == null || origin.equals("null")) {
            return null;
        }
        try {
            URI uri = new URI(origin);
            boolean plain = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
            if (!plain) {
                return null;
            }
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
