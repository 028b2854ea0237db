package org.appsupervision.portal.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.NextLinks;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.PerService;
import org.appsupervision.portal.api.opendata.Manifest;
import org.appsupervision.portal.api.opendata.OpenDataApi;
import org.appsupervision.portal.api.opendata.Statistics;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads the three services' open-data manifests and statistics through their public API, for the public pages. */
@ApplicationScoped
public class OpenDataPageService {

    static final int DAYS = 14;
    private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(35);

    private final PerService<OpenDataApi> openData;

    public OpenDataPageService(PerService<OpenDataApi> openData) {
        this.openData = openData;
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
            Answer<RestResponse<List<Manifest>>> answer = Answer.of(service,
                    openData.at(service).manifests(name, DAYS)).await().atMost(WAIT);
            if (!answer.ok()) {
                all.add(new ServiceFiles(service.label(m), name, List.of(), null, true));
                continue;
            }
            List<Day> days = new ArrayList<>();
            for (Manifest manifest : answer.value().getEntity()) {
                List<File> files = new ArrayList<>();
                for (Manifest.File file : manifest.files()) {
                    files.add(new File(file.name(), file.dataset(),
                            "/api/public/open-data/" + name + "/files/" + manifest.date() + "/" + file.name(),
                            file.bytes(), file.rows(), file.sha256()));
                }
                days.add(new Day(manifest.date().toString(), manifest.generatedAt().toString(), manifest.licence(),
                        files));
            }
            all.add(new ServiceFiles(service.label(m), name, days,
                    NextLinks.target(answer.value().getHeaderString("Link")), false));
        }
        return all;
    }

    /** The statistics datasets of a service for the range (the service's default range when both are empty). */
    public Statistics statistics(PortalService service, String from, String to) {
        return Answer.of(service, openData.at(service).statistics(name(service), date(from), date(to))).await()
                .atMost(WAIT).or(null);
    }

    private static LocalDate date(String day) {
        return day.isEmpty() ? null : LocalDate.parse(day);
    }

    /** Sums a figure of a statistics dataset by a key column, in the order keys first appear. */
    static Map<String, Long> sum(Statistics statistics, String dataset, String key, String figure) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(statistics, dataset)) {
            sums.merge(String.valueOf(row.get(key)), figure(row, figure), Long::sum);
        }
        return sums;
    }

    /** The rows of one dataset; none when the service could not be read or has no such dataset. */
    static List<Map<String, Object>> rows(Statistics statistics, String dataset) {
        if (statistics == null || statistics.datasets() == null) {
            return List.of();
        }
        return statistics.datasets().getOrDefault(dataset, List.of());
    }

    /** A numeric column of a row, 0 when absent. */
    static long figure(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number n ? n.longValue() : 0L;
    }

    static String name(PortalService service) {
        return PerService.name(service);
    }
}
