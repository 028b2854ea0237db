package org.appsupervision.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.ratelimit.RateLimitFilter;
import org.appsupervision.gateway.web.BodyLimits;

/**
 * Routes the public API to the three services with Vert.x's reverse proxy, one guarded route per
 * service (see {@link GuardedRoute}). The services verify the bearer token themselves; the gateway
 * passes it through unchanged.
 *
 * <p>One handler takes every request right after the gateway's own filters ({@link #ORDER}) and passes on those whose
 * path a service owns, longest prefix first; any other request goes on to the gateway's own endpoints. So a proxied
 * request never passes Quarkus' security filters, which the gateway's own endpoints need and a proxied request does
 * not (it authenticates nothing here): in the profile of 2026-12-08 they cost a tenth of the gateway's CPU per proxied
 * request, mostly Quarkus REST building its path matcher anew for each request to name it in the metrics.
 */
@ApplicationScoped
public class ServiceRoutes {

    /** Path prefixes and the service that owns them. */
    public record Route(String prefix, String service, String baseUrl) {
    }

    /** After the rate limits ({@code RateLimitFilter.ORDER}), before Quarkus' authentication filter (-200). */
    static final int ORDER = RateLimitFilter.ORDER + 10;

    /** A path prefix and its service's proxy. */
    private record Prefixed(String prefix, ProxyHandler proxy) {

        boolean owns(String path) {
            return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
        }
    }

    private final GatewayConfig config;
    private final Vertx vertx;
    private final BodyLimits limits;
    private final ProxyMetricsTag metricsTag;

    public ServiceRoutes(GatewayConfig config, Vertx vertx, BodyLimits limits, ProxyMetricsTag metricsTag) {
        this.config = config;
        this.vertx = vertx;
        this.limits = limits;
        this.metricsTag = metricsTag;
    }

    /** The path prefixes of each service's public API. */
    public static List<Route> routes(GatewayConfig.Routes routes) {
        List<Route> all = new java.util.ArrayList<>();
        routes.noticePrefixes().forEach(prefix -> all.add(new Route(prefix, "notice", routes.notice())));
        routes.appstorePrefixes().forEach(prefix -> all.add(new Route(prefix, "appstore", routes.appstore())));
        routes.penaltyPrefixes().forEach(prefix -> all.add(new Route(prefix, "penalty", routes.penalty())));
        return all;
    }

    void register(@Observes Router router) {
        Map<String, ProxyHandler> handlers = new HashMap<>();
        // Longest prefix first: /api/public/open-data/appstore-service belongs to appstore although /api/public is notice's.
        List<Route> longestFirst = routes(config.routes()).stream()
                .sorted(java.util.Comparator.comparingInt((Route r) -> r.prefix().length()).reversed()).toList();
        List<Prefixed> prefixes = new ArrayList<>();
        for (Route route : longestFirst) {
            ProxyHandler handler = handlers.computeIfAbsent(route.service(), s -> proxyTo(s, route.baseUrl()));
            prefixes.add(new Prefixed(route.prefix(), handler));
        }
        router.route().order(ORDER).handler(ctx -> {
            String path = ctx.normalizedPath();
            for (Prefixed prefixed : prefixes) {
                if (prefixed.owns(path)) {
                    metricsTag.tag(ctx, prefixed.prefix());
                    prefixed.proxy().handle(ctx);
                    return;
                }
            }
            ctx.next();
        });
    }

    private ProxyHandler proxyTo(String service, String baseUrl) {
        URI uri = URI.create(baseUrl);
        GatewayConfig.Routes settings = config.routes();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(50));
        GuardedRoute guarded = new GuardedRoute(service, uri.getHost(), uri.getPort(), settings, limits);
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(guarded::originRequest).addInterceptor(guarded);
        return ProxyHandler.create(proxy);
    }
}
