package org.appsupervision.portal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.appsupervision.portal.host.ServiceAddresses;
import org.jboss.logging.Logger;

/**
 * The portal's one HTTP client to the three services. It forwards the viewer's token as a bearer token,
 * so each service applies its own rules to the person; it never answers with an exception: a failure
 * becomes a {@link ServiceReply} that a page can show.
 */
@ApplicationScoped
public class ServiceClient {

    private static final Logger LOG = Logger.getLogger(ServiceClient.class);

    private final WebClient client;
    private final ServiceAddresses addresses;
    private final Duration timeout;
    private final ObjectMapper json;
    private final Vertx vertx;

    public ServiceClient(Vertx vertx, ServiceAddresses addresses, PortalConfig portal, ObjectMapper json) {
        this.vertx = vertx;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.addresses = addresses;
        this.timeout = portal.serviceTimeout();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) addresses.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(20)
                .setUserAgent("supervision-portal"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** GET of a path with its query, for example {@code /api/stats?asOf=2026-01-01}. */
    public Uni<ServiceReply> get(PortalService service, String pathAndQuery, Viewer viewer) {
        return send(service, HttpMethod.GET, pathAndQuery, viewer, null, null);
    }

    /** A request with a body of the given media type (JSON, CSV, NDJSON). */
    public Uni<ServiceReply> send(PortalService service, HttpMethod method, String pathAndQuery, Viewer viewer,
            String contentType, Buffer body) {
        return send(service, method, pathAndQuery, viewer, contentType, body, java.util.Map.of());
    }

    /** A request with a body and headers of its own (the client's address on a public complaint). */
    public Uni<ServiceReply> send(PortalService service, HttpMethod method, String pathAndQuery, Viewer viewer,
            String contentType, Buffer body, java.util.Map<String, String> headers) {
        HttpRequest<Buffer> request = client.requestAbs(method, addresses.baseUrl(service) + pathAndQuery)
                .timeout(timeout.toMillis())
                .putHeader("Accept", "application/json, application/problem+json");
        headers.forEach(request::putHeader);
        if (viewer != null) {
            request.putHeader("Authorization", "Bearer " + viewer.token());
        }
        Uni<HttpResponse<Buffer>> response = body == null ? request.send()
                : request.putHeader("Content-Type", contentType).sendBuffer(body);
        return response
                .map(r -> ServiceReply.of(service, r.statusCode(), r.bodyAsString()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Portal could not reach %s for %s %s: %s", service, method, pathAndQuery, failure.toString());
                    return ServiceReply.unavailable(service);
                });
    }

    /** A request whose body is a file, streamed from disk (uploads of any size). */
    public Uni<ServiceReply> sendFile(PortalService service, String pathAndQuery, Viewer viewer, String contentType,
            java.nio.file.Path file) {
        return vertx.fileSystem().open(file.toString(), new io.vertx.core.file.OpenOptions().setRead(true))
                .chain(stream -> client.requestAbs(HttpMethod.POST, addresses.baseUrl(service) + pathAndQuery)
                        .timeout(timeout.toMillis())
                        .putHeader("Accept", "application/json, application/problem+json")
                        .putHeader("Authorization", "Bearer " + viewer.token())
                        .putHeader("Content-Type", contentType)
                        .sendStream(stream))
                .map(r -> ServiceReply.of(service, r.statusCode(), r.bodyAsString()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Portal could not upload to %s %s: %s", service, pathAndQuery, failure.toString());
                    return ServiceReply.unavailable(service);
                });
    }

    /** A binary answer (an image): its status, media type and bytes; status 0 when the service was unreachable. */
    public record Binary(int status, String mediaType, byte[] content) {
    }

    /** GET of a binary resource, such as a complaint's screenshot. */
    public Uni<Binary> getBinary(PortalService service, String path, Viewer viewer) {
        HttpRequest<Buffer> request = client.requestAbs(HttpMethod.GET, addresses.baseUrl(service) + path)
                .timeout(timeout.toMillis()).putHeader("Accept", "image/png, image/jpeg, application/problem+json");
        if (viewer != null) {
            request.putHeader("Authorization", "Bearer " + viewer.token());
        }
        return request.send()
                .map(r -> new Binary(r.statusCode(), r.getHeader("Content-Type"),
                        r.body() == null ? new byte[0] : r.body().getBytes()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Portal could not reach %s for GET %s: %s", service, path, failure.toString());
                    return new Binary(0, null, new byte[0]);
                });
    }

    /**
     * A reply, the next page's cursor and the next page's path and query, which a paged list gives in its
     * {@code Link rel="next"} header (null on the last page).
     */
    public record Paged(ServiceReply reply, String next, String nextLink) {
    }

    /** GET of one page of a paged list: the reply and the cursor of the next page (null on the last page). */
    public Uni<Paged> getPaged(PortalService service, String pathAndQuery, Viewer viewer) {
        HttpRequest<Buffer> request = client.requestAbs(HttpMethod.GET, addresses.baseUrl(service) + pathAndQuery)
                .timeout(timeout.toMillis())
                .putHeader("Accept", "application/json, application/problem+json");
        if (viewer != null) {
            request.putHeader("Authorization", "Bearer " + viewer.token());
        }
        return request.send()
                .map(r -> {
                    String link = NextLinks.target(r.getHeader("Link"));
                    String cursor = link != null ? NextLinks.after(link) : r.getHeader("X-Next-Cursor");
                    return new Paged(ServiceReply.of(service, r.statusCode(), r.bodyAsString()), cursor, link);
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Portal could not reach %s for GET %s: %s", service, pathAndQuery, failure.toString());
                    return new Paged(ServiceReply.unavailable(service), null, null);
                });
    }

    /**
     * GET of a whole list: every page at the largest page size, following each {@code Link rel="next"}, answered as
     * one reply whose body is the array of all rows (or the first failing page's reply).
     */
    public Uni<ServiceReply> getAll(PortalService service, String pathAndQuery, Viewer viewer) {
        return allFrom(service, NextLinks.withLimit(pathAndQuery, NextLinks.LARGEST_PAGE), viewer, new JsonArray(), 0);
    }

    private Uni<ServiceReply> allFrom(PortalService service, String pathAndQuery, Viewer viewer, JsonArray rows,
            int pages) {
        return getPaged(service, pathAndQuery, viewer).chain(page -> {
            if (!page.reply().ok()) {
                return Uni.createFrom().item(page.reply());
            }
            rows.addAll(page.reply().array());
            if (page.nextLink() == null || pages + 1 >= NextLinks.MOST_PAGES) {
                if (page.nextLink() != null) {
                    LOG.warnf("Portal stopped reading %s after %d pages", pathAndQuery, pages + 1);
                }
                return Uni.createFrom().item(ServiceReply.of(service, 200, rows.encode()));
            }
            return allFrom(service, page.nextLink(), viewer, rows, pages + 1);
        });
    }

    /** The reply's JSON body read as a record (unknown fields ignored), or null when it is not a success or not of that shape. */
    public <T> T read(ServiceReply reply, Class<T> type) {
        if (!reply.ok() || reply.body() == null) {
            return null;
        }
        try {
            return json.readValue(reply.body(), type);
        } catch (java.io.IOException e) {
            LOG.warnf("Portal could not read the answer of %s as %s: %s", reply.service(), type.getSimpleName(), e.getMessage());
            return null;
        }
    }

    /** Blocks a worker thread for a reply (pages render on worker threads). */
    public ServiceReply await(Uni<ServiceReply> reply) {
        return reply.await().atMost(timeout.plusSeconds(1));
    }
}
