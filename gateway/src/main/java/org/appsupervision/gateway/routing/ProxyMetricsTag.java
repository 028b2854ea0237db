package org.appsupervision.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.appsupervision.gateway.apidocs.ApiDocs;
import org.jboss.logging.Logger;

/**
 * Names each proxied request in the HTTP metrics by the service operation's path template ({@link UriTemplates}),
 * the way Quarkus REST names the gateway's own endpoints: it sets the {@code UrlPathTemplate} local that Quarkus'
 * Micrometer binder reads. The templates are read from the services' OpenAPI documents on a worker thread, at the
 * first proxied request and again every ten minutes (every thirty seconds while none could be read); until then,
 * and for a path no template matches, the route's prefix names the request.
 */
@ApplicationScoped
public class ProxyMetricsTag {

    /** The key Quarkus' HTTP server metrics read the request's template from. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final Logger LOG = Logger.getLogger(ProxyMetricsTag.class);
    private static final Duration REFRESH = Duration.ofMinutes(10);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final ApiDocs docs;
    private final Vertx vertx;
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile UriTemplates templates = UriTemplates.none();
    private volatile long nextLoadNanos = System.nanoTime();

    public ProxyMetricsTag(ApiDocs docs, Vertx vertx) {
        this.docs = docs;
        this.vertx = vertx;
    }

    /** Names this request of the route with this prefix. */
    void tag(RoutingContext ctx, String prefix) {
        refreshIfDue();
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, templates.tagFor(ctx.normalizedPath(), prefix));
        }
    }

    private void refreshIfDue() {
        if (System.nanoTime() - nextLoadNanos < 0 || !loading.compareAndSet(false, true)) {
            return;
        }
        vertx.<UriTemplates>executeBlocking(() -> UriTemplates.of(docs.routedPathTemplates()), false)
                .onComplete(loaded -> {
                    if (loaded.succeeded() && !loaded.result().isEmpty()) {
                        templates = loaded.result();
                    } else if (loaded.failed()) {
                        LOG.debugf("Path templates not read: %s", loaded.cause().toString());
                    }
                    boolean complete = loaded.succeeded() && !loaded.result().isEmpty();
                    nextLoadNanos = System.nanoTime() + (complete ? REFRESH : RETRY).toNanos();
                    loading.set(false);
                });
    }
}
