package org.appsupervision.portal.sdk;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;

/** Calls notice-service's SDK registry, embeddings and follow-up APIs for the portal, with the viewer's token. */
@ApplicationScoped
public class SdkPageService {

    /** Rows of a list, or the problem that kept them from the page. */
    public record Rows(List<JsonObject> rows, String problem) {
    }

    /** One object (null when unknown), or the problem that kept it from the page. */
    public record One(JsonObject value, String problem) {
    }

    /** The apps embedding one version of an SDK ("" for embeddings of unknown version). */
    public record VersionApps(String version, List<JsonObject> apps) {
    }

    private final ServiceClient services;

    public SdkPageService(ServiceClient services) {
        this.services = services;
    }

    public Rows list(String q, Viewer viewer, PortalMessages m) {
        String query = q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
        return items("/api/sdks?limit=200" + query, viewer, m);
    }

    public One sdk(String code, Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/sdks/" + encode(code), viewer));
        return reply.ok() ? new One(reply.object(), null) : new One(null, reply.status() == 404 ? null : problem(reply, m));
    }

    /** The apps embedding the SDK, grouped by each SDK version they embed (an app may be under several). */
    public List<VersionApps> appsByVersion(String code, Rows apps) {
        Map<String, List<JsonObject>> byVersion = new LinkedHashMap<>();
        for (JsonObject app : apps.rows()) {
            JsonArray versions = app.getJsonArray("sdkVersions", new JsonArray());
            if (versions.isEmpty()) {
                byVersion.computeIfAbsent("", v -> new ArrayList<>()).add(app);
            }
            versions.forEach(v -> byVersion.computeIfAbsent(String.valueOf(v), k -> new ArrayList<>()).add(app));
        }
        return byVersion.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new VersionApps(e.getKey(), e.getValue())).toList();
    }

    public Rows apps(String code, Viewer viewer, PortalMessages m) {
        return items("/api/sdks/" + encode(code) + "/apps?limit=1000", viewer, m);
    }

    /** The SDKs found in an app (an empty list when the service cannot tell). */
    public Rows ofApp(String packageName, Viewer viewer, PortalMessages m) {
        return items("/api/apps/" + encode(packageName) + "/sdks", viewer, m);
    }

    /** The taxonomy's problem kinds, for the follow-up form. */
    public List<JsonObject> problemKinds(Viewer viewer) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/reference/problem-kinds", viewer));
        return reply.ok() ? objects(reply.array()) : List.of();
    }

    /** Sends a JSON body and answers the answer's object, or the problem as the page shows it. */
    public One send(HttpMethod method, String path, JsonObject body, Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.send(PortalService.NOTICE, method, path, viewer,
                "application/json", Buffer.buffer(body.encode())));
        return reply.ok() ? new One(reply.object(), null) : new One(null, problem(reply, m));
    }

    private Rows items(String path, Viewer viewer, PortalMessages m) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, path, viewer));
        if (!reply.ok()) {
            return new Rows(List.of(), reply.status() == 404 ? null : problem(reply, m));
        }
        JsonArray items = reply.object().getJsonArray("items");
        return new Rows(items == null ? List.of() : objects(items), null);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.unavailable()) {
            return m.service_unavailable(reply.service().label(m));
        }
        ServiceReply.Problem problem = reply.problem();
        if (problem == null) {
            return String.valueOf(reply.status());
        }
        String fields = problem.hasFieldErrors() ? " " + problem.fieldErrors() : "";
        return problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()) + fields;
    }
}
