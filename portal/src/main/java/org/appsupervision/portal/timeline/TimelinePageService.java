package org.appsupervision.portal.timeline;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;

/** One app's whole chain from notice-service's timeline (findings, notices, rectification, stores, penalties). */
@ApplicationScoped
public class TimelinePageService {

    private final ServiceClient services;

    public TimelinePageService(ServiceClient services) {
        this.services = services;
    }

    public record App(String packageName, String name, String filingNumber, Operator operator) {
    }

    public record Operator(String creditCode, String name, String provinceCode) {
    }

    /** One event: when, which kind (FINDING, NOTICE_ITEM, ...), what the service says, and its notice. */
    public record Entry(Instant at, String type, String summary, UUID noticeId, boolean repeat) {
    }

    /** The app (null if unknown), its events oldest first, the reply for failures, and the SDKs found in it. */
    public record Timeline(String packageName, App app, List<Entry> entries, ServiceReply reply,
            List<io.vertx.core.json.JsonObject> sdks) {
    }

    /** Apps whose name contains the text. */
    public record Search(String q, List<App> apps, ServiceReply reply) {
    }

    public Search search(String q, Viewer viewer) {
        if (q.isEmpty()) {
            return new Search(q, List.of(), null);
        }
        ServiceReply reply = services.await(services.get(PortalService.NOTICE,
                "/api/apps?name=" + URLEncoder.encode(q, StandardCharsets.UTF_8), viewer));
        App[] apps = services.read(reply, App[].class);
        return new Search(q, apps == null ? List.of() : List.of(apps), reply);
    }

    public Timeline timeline(String packageName, Viewer viewer) {
        String encoded = URLEncoder.encode(packageName, StandardCharsets.UTF_8);
        Uni<ServiceReply> app = services.get(PortalService.NOTICE, "/api/apps/" + encoded, viewer);
        Uni<ServiceReply> events = services.get(PortalService.NOTICE, "/api/timeline/" + encoded, viewer);
        Uni<ServiceReply> sdks = services.get(PortalService.NOTICE, "/api/apps/" + encoded + "/sdks", viewer);
        var replies = Uni.combine().all().unis(app, events, sdks).asTuple().await().indefinitely();
        Entry[] entries = services.read(replies.getItem2(), Entry[].class);
        return new Timeline(packageName, services.read(replies.getItem1(), App.class),
                entries == null ? List.of() : List.of(entries), replies.getItem2(), sdksOf(replies.getItem3()));
    }

    /** The items of the app's SDK list; none when the service could not tell (the page still shows the rest). */
    private static List<io.vertx.core.json.JsonObject> sdksOf(ServiceReply reply) {
        if (!reply.ok() || reply.object() == null || reply.object().getJsonArray("items") == null) {
            return List.of();
        }
        return reply.object().getJsonArray("items").stream().filter(io.vertx.core.json.JsonObject.class::isInstance)
                .map(io.vertx.core.json.JsonObject.class::cast).toList();
    }
}
