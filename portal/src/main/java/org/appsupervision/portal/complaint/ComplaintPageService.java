package org.appsupervision.portal.complaint;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;

/** What the complaint pages ask notice-service: the form's choices, filing, the status, the queue and triage. */
@ApplicationScoped
public class ComplaintPageService {

    /** The header that tells notice-service the complainant's address (the gateway sets it the same way on the API). */
    static final String CLIENT_ADDRESS = "X-Supervision-Client-Address";

    private final ServiceClient services;

    public ComplaintPageService(ServiceClient services) {
        this.services = services;
    }

    /** The form's problem kinds and stores; none when the service is unavailable. */
    public ComplaintViews.Options options() {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/public/complaints/options", null));
        ComplaintViews.Options options = services.read(reply, ComplaintViews.Options.class);
        return options == null ? ComplaintViews.Options.NONE : options;
    }

    /** Files a complaint as the client at {@code address}. */
    public ServiceReply file(JsonObject complaint, String address) {
        return services.await(services.send(PortalService.NOTICE, HttpMethod.POST, "/api/public/complaints", null,
                "application/json", Buffer.buffer(complaint.encode()), Map.of(CLIENT_ADDRESS, address)));
    }

    public ComplaintViews.PublicStatus read(ServiceReply reply) {
        return services.read(reply, ComplaintViews.PublicStatus.class);
    }

    public ComplaintViews.Complaint complaint(ServiceReply reply) {
        return services.read(reply, ComplaintViews.Complaint.class);
    }

    public List<ComplaintViews.Complaint> complaints(ServiceReply reply) {
        return reply.array().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .map(c -> c.mapTo(ComplaintViews.Complaint.class)).toList();
    }

    public ServiceReply status(String trackingNumber) {
        return services.await(services.get(PortalService.NOTICE, "/api/public/complaints/"
                + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8), null));
    }

    /** One page of the queue and the cursor of the next. */
    public ServiceClient.Paged queue(String status, String app, String problem, String after, Viewer viewer) {
        String query = "?limit=50" + param("status", status) + param("app", app) + param("problem", problem)
                + param("after", after);
        return services.getPaged(PortalService.NOTICE, "/api/complaints" + query, viewer).await()
                .atMost(java.time.Duration.ofSeconds(31));
    }

    public ServiceReply get(UUID id, Viewer viewer) {
        return services.await(services.get(PortalService.NOTICE, "/api/complaints/" + id, viewer));
    }

    /** The other open complaints about the same app, to merge into or to turn in together. */
    public List<ComplaintViews.Complaint> siblings(ComplaintViews.Complaint complaint, Viewer viewer) {
        String app = complaint.packageName() != null ? complaint.packageName() : complaint.appName();
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/complaints?limit=100"
                + param("app", app), viewer));
        return complaints(reply).stream().filter(c -> !c.id().equals(complaint.id()))
                .filter(ComplaintViews.Complaint::open).toList();
    }

    /** A screenshot of a complaint (officials only, as notice-service decides). */
    public ServiceClient.Binary screenshot(UUID id, int seq, Viewer viewer) {
        return services.getBinary(PortalService.NOTICE, "/api/complaints/" + id + "/screenshots/" + seq, viewer)
                .await().atMost(java.time.Duration.ofSeconds(31));
    }

    /** A triage action ({@code review}, {@code merge}, {@code rejection}, {@code finding}) with its JSON body. */
    public ServiceReply act(UUID id, String action, JsonObject body, Viewer viewer) {
        return services.await(services.send(PortalService.NOTICE, HttpMethod.POST, "/api/complaints/" + id + "/"
                + action, viewer, body == null ? null : "application/json",
                body == null ? null : Buffer.buffer(body.encode())));
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value.strip(),
                StandardCharsets.UTF_8);
    }
}
