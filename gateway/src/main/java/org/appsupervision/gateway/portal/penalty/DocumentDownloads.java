package org.appsupervision.gateway.portal.penalty;

import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.portal.PortalConfig;
import org.appsupervision.gateway.portal.Viewer;
import org.jboss.logging.Logger;

/** Fetches a case document's signed PDF from penalty-service as bytes, with the viewer's token (the service decides). */
@ApplicationScoped
public class DocumentDownloads {

    private static final Logger LOG = Logger.getLogger(DocumentDownloads.class);
    private final WebClient client;
    private final String penalty;
    private final Duration timeout;

    public DocumentDownloads(Vertx vertx, GatewayConfig gateway, PortalConfig portal) {
        this.penalty = gateway.routes().penalty();
        this.timeout = portal.serviceTimeout();
        this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(4)
                .setUserAgent("supervision-portal"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The PDF, or null when the service refuses or cannot be reached. */
    public byte[] pdf(UUID caseId, String documentId, Viewer viewer) {
        return pdf("/api/penalty/cases/" + caseId + "/documents/" + UUID.fromString(documentId) + "/pdf", viewer);
    }

    /** The PDF at a path of penalty-service, or null when the service refuses or cannot be reached. */
    public byte[] pdf(String path, Viewer viewer) {
        try {
            HttpResponse<Buffer> response = client.getAbs(penalty + path).timeout(timeout.toMillis())
                    .putHeader("Accept", "application/pdf")
                    .putHeader("Authorization", "Bearer " + viewer.token()).send().await().atMost(timeout.plusSeconds(1));
            return response.statusCode() == 200 ? response.bodyAsBuffer().getBytes() : null;
        } catch (RuntimeException failure) {
            LOG.warnf("Portal could not fetch the PDF at %s: %s", path, failure.toString());
            return null;
        }
    }
}
