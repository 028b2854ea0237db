package org.appsupervision.portal.channel;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.ops.Query;

/**
 * Reads the handset makers' preinstallations from appstore-service: one maker's model lines with their apps, and the
 * makers that preinstall one app.
 */
@ApplicationScoped
public class ChannelPageService {

    private final ServiceClient services;

    public ChannelPageService(ServiceClient services) {
        this.services = services;
    }

    /** One app a model line preinstalls. */
    public record App(String packageName, String appName) {
    }

    /** A model line (机型系列) and the apps it preinstalls. */
    public record ModelLine(String name, List<App> apps, Instant updatedAt) {
    }

    /** A handset maker's page: its registry entry (null if not readable), its model lines, and the problem if any. */
    public record Preinstallations(String code, JsonObject store, List<ModelLine> modelLines, String problem) {

        /** The maker's name, or its code while the registry does not answer. */
        public String name() {
            return store == null ? code : store.getString("nameZh", code);
        }

        public String kind() {
            return store == null ? null : store.getString("kind", "APP_STORE");
        }
    }

    /** A maker that preinstalls an app, on which model lines. */
    public record Maker(String storeCode, String nameZh, String nameEn, List<String> modelLines) {
    }

    /** The makers preinstalling an app; {@code unavailable} when appstore-service could not tell. */
    public record PreinstalledBy(List<Maker> makers, boolean unavailable) {
    }

    public Preinstallations preinstallations(String code, Viewer viewer, PortalMessages m) {
        String path = "/api/stores/" + Query.path(code);
        var replies = Uni.combine().all().unis(services.get(PortalService.APPSTORE, path, viewer),
                services.get(PortalService.APPSTORE, path + "/preinstallations", viewer)).asTuple().await().indefinitely();
        ServiceReply store = replies.getItem1();
        ServiceReply lines = replies.getItem2();
        List<ModelLine> modelLines = objects(lines.object().getJsonArray("items")).stream()
                .map(l -> new ModelLine(l.getString("modelLine"), objects(l.getJsonArray("apps")).stream()
                        .map(a -> new App(a.getString("packageName"), a.getString("appName", a.getString("packageName"))))
                        .toList(), instant(l.getString("updatedAt"))))
                .toList();
        String problem = problem(lines, m);
        if (problem == null) {
            problem = problem(store, m);
        }
        return new Preinstallations(code, store.ok() ? store.object() : null, modelLines, problem);
    }

    /** The handset makers that report preinstalling the app; a service that fails leaves the list unavailable. */
    public PreinstalledBy preinstalledBy(String packageName, Viewer viewer) {
        ServiceReply reply = services.await(services.get(PortalService.APPSTORE,
                "/api/preinstallations" + Query.of().add("packageName", packageName), viewer));
        if (!reply.ok()) {
            return new PreinstalledBy(List.of(), true);
        }
        return new PreinstalledBy(objects(reply.object().getJsonArray("items")).stream()
                .map(p -> new Maker(p.getString("storeCode"), p.getString("nameZh", p.getString("storeCode")),
                        p.getString("nameEn"), strings(p.getJsonArray("modelLines"))))
                .toList(), false);
    }

    private static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
