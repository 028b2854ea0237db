package org.appsupervision.gateway.portal.recheck;

import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.portal.PortalConfig;
import org.appsupervision.gateway.portal.Viewer;
import org.jboss.logging.Logger;

/** Fetches an evidence file from notice-service with the viewer's token (the service decides) and passes it on. */
@ApplicationScoped
public class EvidenceDownloads {

    private static final Logger LOG = Logger.getLogger(EvidenceDownloads.class);
    private final WebClient client;
    private final String notice;
    private final Duration timeout;

    public EvidenceDownloads(Vertx vertx, GatewayConfig gateway, PortalConfig portal) {
        this.notice = gateway.routes().notice();
        this.timeout = portal.serviceTimeout();
        this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(4)
                .setUserAgent("supervision-portal"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The file as an attachment, or null when the service refuses or cannot be reached. */
    public Response fetch(String path, Viewer viewer) {
        try {
            HttpResponse<Buffer> response = client.getAbs(notice + path).timeout(timeout.toMillis())
                    .putHeader("Authorization", "Bearer " + viewer.token()).send().await().atMost(timeout.plusSeconds(1));
            if (response.statusCode() != 200) {
                return null;
            }
            String disposition = response.getHeader("Content-Disposition");
            return Response.ok(response.bodyAsBuffer().getBytes(), response.getHeader("Content-Type"))
                    .header("Content-Disposition", disposition == null ? "attachment" : disposition)
                    .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
        } catch (RuntimeException failure) {
            LOG.warnf("Portal could not fetch evidence %s: %s", path, failure.toString());
            return null;
        }
    }
}
