package org.appsupervision.portal;

import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.appsupervision.portal.host.ServiceAddresses;
import org.jboss.logging.Logger;

/** Fetches a file (evidence, a signed PDF) from a service with the viewer's token; the service decides who may read it. */
@ApplicationScoped
public class ServiceFiles {

    private static final Logger LOG = Logger.getLogger(ServiceFiles.class);
    private final WebClient client;
    private final ServiceAddresses addresses;
    private final Duration timeout;

    public ServiceFiles(Vertx vertx, ServiceAddresses addresses, PortalConfig portal) {
        this.addresses = addresses;
        this.timeout = portal.serviceTimeout();
        this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(4)
                .setUserAgent("supervision-portal"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The service's 200 answer to a GET of the path ({@code accept} null for any type), or null for any other
     * (or none at all). */
    public HttpResponse<Buffer> get(PortalService service, String path, String accept, Viewer viewer) {
        try {
            var request = client.getAbs(addresses.baseUrl(service) + path).timeout(timeout.toMillis());
            if (accept != null) {
                request.putHeader("Accept", accept);
            }
            HttpResponse<Buffer> response = request.putHeader("Authorization", "Bearer " + viewer.token()).send()
                    .await().atMost(timeout.plusSeconds(1));
            return response.statusCode() == 200 && response.body() != null ? response : null;
        } catch (RuntimeException failure) {
            LOG.warnf("Portal could not fetch the file at %s of %s: %s", path, service, failure.toString());
            return null;
        }
    }
}
