package org.appsupervision.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.web.GatewayProblems;
import org.appsupervision.platform.problem.Problem;
import org.jboss.logging.Logger;

/**
 * The token endpoint's limit per client id, taken once the endpoint has read the client id from wherever the client
 * sent it (Basic header or form body, RFC 6749 2.3.1), so that guessing a client's secret spends that client's
 * allowance whichever way the guesses come. Exact across replicas (PostgreSQL).
 */
@ApplicationScoped
public class ClientIdLimit {

    private static final Logger LOG = Logger.getLogger(ClientIdLimit.class);
    private static final int MAX_KEY_CHARS = 200;

    private final RateLimits limits;
    private final GatewayConfig.RateLimit config;

    public ClientIdLimit(RateLimits limits, GatewayConfig config) {
        this.limits = limits;
        this.config = config.rateLimit();
    }

    /** A 429 problem when this client id has used up its allowance; empty otherwise (and when limits are off). */
    public Optional<Response> refusal(String clientId) {
        if (!config.enabled() || clientId == null || clientId.isEmpty()) {
            return Optional.empty();
        }
        String key = "token-client|" + clientId.substring(0, Math.min(clientId.length(), MAX_KEY_CHARS));
        Duration wait;
        try {
            wait = limits.take(List.of(new RateLimits.Limit(key, config.tokenPerClient(), RateLimits.Scope.SHARED)));
        } catch (RuntimeException e) {
            // As in RateLimitFilter: a database hiccup must not lock every store out.
            LOG.warnf("Rate limits unavailable: %s", e.toString());
            return Optional.empty();
        }
        if (wait.isZero()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Optional.of(Response.status(429)
                .header("Retry-After", Long.toString(seconds))
                .header("Cache-Control", "no-store")
                .type(Problem.MEDIA_TYPE)
                .entity(GatewayProblems.body(GatewayProblems.TOO_MANY_REQUESTS, "请求过于频繁 / Too many requests", 429,
                        "Too many token requests for this client; retry after " + seconds + " s", "/oauth2/token")
                        .toString())
                .build());
    }
}
