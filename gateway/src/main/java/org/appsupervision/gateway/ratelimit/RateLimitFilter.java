package org.appsupervision.gateway.ratelimit;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.web.GatewayProblems;
import org.jboss.logging.Logger;

/**
 * Applies the rate limits before anything else runs: per address and per client on the token
 * endpoint, per address on login (both tighter), and per address and per authenticated subject on
 * everything else (see {@link RateLimits.Scope} for where each bucket lives). An exhausted limit
 * answers 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    static final int ORDER = -150;

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
        if (path.startsWith("/q/") || path.startsWith("/.well-known/") || ctx.request().method() == HttpMethod.OPTIONS
                || exempt(address)) {
            return result;
        }
        if (path.equals("/auth/login")) {
            result.add(new RateLimits.Limit("login|" + address, config.loginPerAddress(), RateLimits.Scope.SHARED));
        } else if (path.equals("/oauth2/token")) {
            result.add(new RateLimits.Limit("token|" + address, config.tokenPerAddress(), RateLimits.Scope.SHARED));
            String client = basicClientId(ctx.request().getHeader("Authorization"));
            if (client != null) {
                result.add(new RateLimits.Limit("token-client|" + client, config.tokenPerClient(),
                        RateLimits.Scope.SHARED));
            }
        } else {
            RateLimits.Scope scope = config.sharedApiLimits() ? RateLimits.Scope.SYNCED : RateLimits.Scope.LOCAL;
            result.add(new RateLimits.Limit("api|" + address, config.apiPerAddress(), scope));
            subjects.subjectOf(ctx.request().getHeader("Authorization"))
                    .ifPresent(subject -> result.add(new RateLimits.Limit("api-subject|" + subject,
                            config.apiPerSubject(), scope)));
        }
        return result;
    }

    private boolean exempt(String address) {
        return config.exemptAddresses().contains(address) || ("::1".equals(address)
                && config.exemptAddresses().contains("0:0:0:0:0:0:0:1"));
    }

    private static String basicClientId(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.length() > 1024) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, Math.min(colon, 200));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
