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
import java.util.List;
import org.appsupervision.gateway.GatewayConfig;

/**
 * Routes the public API to the three services with Vert.x's reverse proxy. The services verify
 * the bearer token themselves; the gateway passes it through unchanged.
 */
@ApplicationScoped
public class ServiceRoutes {

    /** Path prefixes and the service that owns them. */
    record Route(String prefix, String baseUrl) {
    }

    private final GatewayConfig config;
    private final Vertx vertx;

    public ServiceRoutes(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        GatewayConfig.Routes routes = config.routes();
        for (Route route : List.of(
                new Route("/api/notices", routes.notice()),
                new Route("/api/reference", routes.notice()),
                new Route("/api/store", routes.appstore()),
                new Route("/api/stores", routes.appstore()),
                new Route("/api/orders", routes.appstore()),
                new Route("/api/penalty", routes.penalty()))) {
            router.route(route.prefix()).handler(proxyTo(route.baseUrl()));
            router.route(route.prefix() + "/*").handler(proxyTo(route.baseUrl()));
        }
    }

    private ProxyHandler proxyTo(String baseUrl) {
        URI uri = URI.create(baseUrl);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.routes().connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(50));
        return ProxyHandler.create(HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost()));
    }
}
