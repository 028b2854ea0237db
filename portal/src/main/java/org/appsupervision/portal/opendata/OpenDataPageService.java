package org.appsupervision.portal.opendata;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;

/** Reads the three services' open-data manifests and statistics through their public API, for the public pages. */
@ApplicationScoped
public class OpenDataPageService {

    static final int DAYS = 14;
    private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(35);

    private final ServiceClient services;

    public OpenDataPageService(ServiceClient services) {
        this.services = services;
    }

    /** A file of a day's dump, with the path that downloads it through the gateway. */
    public record File(String name, String dataset, String href, long bytes, long rows, String sha256) {
    }

    /** One day's manifest. */
    public record Day(String date, String generatedAt, String licence, List<File> files) {
    }

    /** One service's newest days, the link to older ones, or that it could not be read. */
    public record ServiceFiles(String label, String service, List<Day> days, String older, boolean unavailable) {
    }

    public List<ServiceFiles> index(PortalMessages m) {
        List<ServiceFiles> all = new ArrayList<>();
        for (PortalService service : PortalService.values()) {
            String name = name(service);
            ServiceClient.Paged paged = services.getPaged(service,
                    "/api/public/open-data/" + name + "/manifests?limit=" + DAYS, null).await().atMost(WAIT);
            if (!paged.reply().ok()) {
                all.add(new ServiceFiles(service.label(m), name, List.of(), null, true));
                continue;
            }
            List<Day> days = new ArrayList<>();
            for (Object row : paged.reply().array()) {
                JsonObject manifest = (JsonObject) row;
                List<File> files = new ArrayList<>();
                for (Object f : manifest.getJsonArray("files", new JsonArray())) {
                    JsonObject file = (JsonObject) f;
                    files.add(new File(file.getString("name"), file.getString("dataset"),
                            "/api/public/open-data/" + name + "/files/" + manifest.getString("date") + "/"
                                    + file.getString("name"),
                            file.getLong("bytes", 0L), file.getLong("rows", 0L), file.getString("sha256")));
                }
                days.add(new Day(manifest.getString("date"), manifest.getString("generatedAt"),
                        manifest.getString("licence"), files));
            }
            all.add(new ServiceFiles(service.label(m), name, days,
                    paged.nextLink() == null ? null : paged.nextLink(), false));
        }
        return all;
    }

    /** The statistics datasets of a service for the range (the service's default range when both are empty). */
    public JsonObject statistics(PortalService service, String from, String to) {
        String query = (from.isEmpty() ? "" : "from=" + from) + (to.isEmpty() ? "" : (from.isEmpty() ? "" : "&") + "to=" + to);
        ServiceReply reply = services.await(services.get(service, "/api/public/open-data/" + name(service)
                + "/statistics" + (query.isEmpty() ? "" : "?" + query), null));
        return reply.ok() ? reply.object() : null;
    }

    /** Sums a figure of a statistics dataset by a key column, in the order keys first appear. */
    static Map<String, Long> sum(JsonObject statistics, String dataset, String key, String figure) {
        Map<String, Long> sums = new LinkedHashMap<>();
        if (statistics == null) {
            return sums;
        }
        for (Object row : statistics.getJsonObject("datasets", new JsonObject()).getJsonArray(dataset, new JsonArray())) {
            JsonObject r = (JsonObject) row;
            sums.merge(String.valueOf(r.getValue(key)), r.getLong(figure, 0L), Long::sum);
        }
        return sums;
    }

    static String name(PortalService service) {
        return switch (service) {
            case NOTICE -> "notice-service";
            case APPSTORE -> "appstore-service";
            case PENALTY -> "penalty-service";
        };
    }
}
