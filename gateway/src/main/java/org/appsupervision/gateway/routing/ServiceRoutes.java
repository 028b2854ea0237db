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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.web.BodyLimits;

/**
 * Routes the public API to the three services with Vert.x's reverse proxy, one guarded route per
 * service (see {@link GuardedRoute}). The services verify the bearer token themselves; the gateway
 * passes it through unchanged.
 */
@ApplicationScoped
public class ServiceRoutes {

    /** Path prefixes and the service that owns them. */
    public record Route(String prefix, String service, String baseUrl) {
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
        for (Route route : longestFirst) {
            ProxyHandler handler = handlers.computeIfAbsent(route.service(), s -> proxyTo(s, route.baseUrl()));
            router.route(route.prefix()).handler(metricsTag.forRoute(route.prefix())).handler(handler);
            router.route(route.prefix() + "/*").handler(metricsTag.forRoute(route.prefix())).handler(handler);
        }
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
