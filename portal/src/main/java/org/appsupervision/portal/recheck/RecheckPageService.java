package org.appsupervision.portal.recheck;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Calls notice-service's report, agency-task and re-check APIs for the portal, with the viewer's token. */
@ApplicationScoped
public class RecheckPageService {

    /** Rows of a list, or the problem that kept them from the page. */
    public record Rows(List<JsonObject> rows, String problem) {
    }

    /** One object, or the problem that kept it from the page. */
    public record One(JsonObject value, String problem) {
    }

    private final ServiceClient services;

    public RecheckPageService(ServiceClient services) {
        this.services = services;
    }

    public Rows list(String path, Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, path, viewer));
        if (!reply.ok()) {
            return new Rows(List.of(), problem(reply, m));
        }
        return new Rows(reply.array().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .toList(), null);
    }

    public One get(String path, Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, path, viewer));
        return reply.ok() ? new One(reply.object(), null) : new One(null, reply.status() == 404 ? null : problem(reply, m));
    }

    /** Sends a JSON body; null when the service took it, else the problem as the page shows it. */
    public String send(HttpMethod method, String path, JsonObject body, Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.send(PortalService.NOTICE, method, path, viewer,
                "application/json", body == null ? null : Buffer.buffer(body.encode())));
        return reply.ok() ? null : problem(reply, m);
    }

    /** Creates with a JSON body and answers the created object, or the problem. */
    public One create(String path, JsonObject body, Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.send(PortalService.NOTICE, HttpMethod.POST, path, viewer,
                "application/json", Buffer.buffer(body.encode())));
        return reply.ok() ? new One(reply.object(), null) : new One(null, problem(reply, m));
    }

    /** Uploads the files one by one as evidence to {@code path}; null when all were taken, else the first problem. */
    public String upload(String path, List<FileUpload> files, Viewer viewer, PortalMessages m) {
        for (FileUpload file : files) {
            String type = file.contentType() == null ? "application/octet-stream" : file.contentType();
            if (!List.of("application/pdf", "image/png", "image/jpeg", "application/zip").contains(type)) {
                type = "application/octet-stream";
            }
            String name = file.fileName() == null || file.fileName().isBlank() ? "evidence" : file.fileName();
            ServiceReply reply = services.await(services.sendFile(PortalService.NOTICE,
                    path + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), viewer, type, file.uploadedFile()));
            if (!reply.ok()) {
                return name + ": " + problem(reply, m);
            }
        }
        return null;
    }

    /** The evidence files of a view's {@code evidence} array. */
    public static List<JsonObject> evidence(JsonObject holder) {
        JsonArray files = holder == null ? null : holder.getJsonArray("evidence");
        return files == null ? List.of() : files.stream().filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast).toList();
    }

    static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.unavailable()) {
            return m.service_unavailable(reply.service().label(m));
        }
        ServiceReply.Problem problem = reply.problem();
        if (problem == null) {
            return String.valueOf(reply.status());
        }
        return problem.title() + (problem.detail() == null ? "" : ": " + problem.detail());
    }
}
