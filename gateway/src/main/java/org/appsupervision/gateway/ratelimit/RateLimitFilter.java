package org.appsupervision.gateway.ratelimit;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.account.LoginResource;
import org.appsupervision.gateway.web.BodyLimits;
import org.appsupervision.gateway.web.GatewayProblems;
import org.jboss.logging.Logger;

/**
 * Applies the rate limits before anything else runs: per address on the token endpoint (its limit per
 * client id is {@link ClientIdLimit}'s) and on login (both tighter), and on everything else per address, per
 * authenticated subject, and for requests without a verified token a tighter one per address (see
 * {@link RateLimits.Scope} for where each bucket lives). An exhausted limit answers 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    /** After the request id, token size, CSRF and body checks ({@code RequestIds.ORDER} + 0..3), before the routes. */
    public static final int ORDER = -250;

    private final RateLimits limits;
    private final TokenSubjects subjects;
    private final GatewayConfig.RateLimit config;

    public RateLimitFilter(RateLimits limits, TokenSubjects subjects, GatewayConfig config) {
        this.limits = limits;
        this.subjects = subjects;
        this.config = config.rateLimit();
    }

    void register(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        router.route().order(ORDER).handler(this::limit);
    }

    private void limit(RoutingContext ctx) {
        List<RateLimits.Limit> applicable = limitsFor(ctx);
        if (applicable.isEmpty()) {
            ctx.next();
            return;
        }
        if (!RateLimits.mayBlock(applicable)) {
            answer(ctx, limits.take(applicable));
            return;
        }
        ctx.request().pause();
        ctx.vertx().<Duration>executeBlocking(() -> limits.take(applicable), false).onComplete(result -> {
            ctx.request().resume();
            if (result.failed()) {
                // The limits are a guard, not a dependency: a database hiccup must not lock everyone out.
                LOG.warnf("Rate limits unavailable: %s", result.cause().toString());
                ctx.next();
            } else {
                answer(ctx, result.result());
            }
        });
    }

    private static void answer(RoutingContext ctx, Duration wait) {
        if (wait.isZero()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        GatewayProblems.send(ctx, GatewayProblems.TOO_MANY_REQUESTS, "请求过于频繁 / Too many requests", 429,
                "Too many requests; retry after " + seconds + " s");
    }

    List<RateLimits.Limit> limitsFor(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        List<RateLimits.Limit> result = new ArrayList<>();
        // The JWKS is a small constant document that the services fetch to verify every token: no limit may ever stand
        // between a service and its keys. Health and metrics answer on the management port, so everything else on
        // this port (the API documents and Swagger UI too) is limited.
        if (path.startsWith("/.well-known/") || ctx.request().method() == HttpMethod.OPTIONS || exempt(address)) {
            return result;
        }
        if (ctx.request().method() == HttpMethod.POST && BodyLimits.REGISTRATION_PATHS.contains(path)) {
            // Registrations write a row and a file each: their own budget per address, on top of the others.
            result.add(new RateLimits.Limit("registration|" + address, config.registrationPerAddress(),
                    RateLimits.Scope.SHARED));
        }
        if (ctx.request().method() == HttpMethod.POST && BodyLimits.COMPLAINT_PATHS.contains(path)) {
            // Complaints need no account: a tight budget per address and one for everyone, on top of the others.
            result.add(new RateLimits.Limit("complaint|" + address, config.complaintPerAddress(),
                    RateLimits.Scope.SHARED));
            result.add(new RateLimits.Limit("complaint-all", config.complaintsPerMinute(), RateLimits.Scope.SHARED));
        }
        if (path.equals("/auth/login") || (path.equals("/login") && ctx.request().method() == HttpMethod.POST)) {
            // The portal's login form guesses passwords as well as the API does: one budget for both.
            result.add(new RateLimits.Limit("login|" + address, config.loginPerAddress(), RateLimits.Scope.SHARED));
        } else if (path.equals("/oauth2/token")) {
            // The limit per client id is taken where the client id is known, wherever it was sent (ClientIdLimit).
            result.add(new RateLimits.Limit("token|" + address, config.tokenPerAddress(), RateLimits.Scope.SHARED));
        } else {
            RateLimits.Scope scope = config.sharedApiLimits() ? RateLimits.Scope.SYNCED : RateLimits.Scope.LOCAL;
            result.add(new RateLimits.Limit("api|" + address, config.apiPerAddress(), scope));
            Optional<String> subject = subjects.subjectOf(ctx.request().getHeader("Authorization"));
            if (subject.isPresent()) {
                result.add(new RateLimits.Limit("api-subject|" + subject.get(), config.apiPerSubject(), scope));
            } else if (!signedIn(ctx) && !isStaticFile(path)) {
                // Whatever answers without a token (public notices, the feed, public pages, public decisions) is
                // the cheapest to flood: its own, tighter budget per address.
                result.add(new RateLimits.Limit("anonymous|" + address, config.anonymousPerAddress(), scope));
            }
        }
        return result;
    }

    /** The portal's assets and Swagger UI's files: static, so only the limit per address counts them. */
    private static boolean isStaticFile(String path) {
        return path.startsWith("/assets/") || path.startsWith("/q/swagger-ui/");
    }

    private boolean exempt(String address) {
        return config.exemptAddresses().contains(address) || ("::1".equals(address)
                && config.exemptAddresses().contains("0:0:0:0:0:0:0:1"));
    }

    /** Whether the portal's login cookie carries a token that verifies. */
    private boolean signedIn(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(LoginResource.TOKEN_COOKIE);
        return cookie != null && subjects.subjectOf("Bearer " + cookie.getValue()).isPresent();
    }
}
