package org.appsupervision.portal.opendata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.api.opendata.Statistics;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The public open-data pages: {@code /open-data} lists each day's files of the three services with sizes, row counts,
 * checksums and the licence; {@code /open-data/statistics} draws the statistics datasets' figures as charts.
 */
@Path("/open-data")
@PortalPage(open = true)
@Produces(MediaType.TEXT_HTML)
public class OpenDataPageResource {

    static final String LICENCE = "CC BY 4.0";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<OpenDataPageService.ServiceFiles> services, String licence);

        static native TemplateInstance statistics(String from, String to, List<Chart> charts,
                List<StoreRow> stores, boolean unavailable);
    }

    /** A chart: its title, its SVG and the same figures as table rows. */
    public record Chart(String title, String svg, Map<String, Long> figures) {
    }

    /** A store's figures over the range. */
    public record StoreRow(String store, long confirmed, long inTime, long overdue, long objected, long reinstated) {
    }

    private final OpenDataPageService data;
    private final PortalContext context;

    public OpenDataPageResource(OpenDataPageService data, PortalContext context) {
        this.data = data;
        this.context = context;
    }

    @GET
    public TemplateInstance index() {
        List<OpenDataPageService.ServiceFiles> services = data.index(context.messages());
        String licence = services.stream().flatMap(s -> s.days().stream()).map(OpenDataPageService.Day::licence)
                .findFirst().orElse(LICENCE);
        return context.page(Templates.index(services, licence));
    }

    @GET
    @Path("/statistics")
    public TemplateInstance statistics(@RestQuery String from, @RestQuery String to) {
        String first = date(from);
        String last = date(to);
        OpenDataMessages m = OpenDataText.current();
        boolean english = context.english();
        Statistics notices = data.statistics(PortalService.NOTICE, first, last);
        Statistics stores = data.statistics(PortalService.APPSTORE, first, last);
        List<Chart> charts = new ArrayList<>();
        charts.add(chart(m.chart_notices(), OpenDataPageService.sum(notices, "notice-statistics", "day", "notices")));
        charts.add(chart(m.chart_takedowns(), OpenDataPageService.sum(stores, "store-statistics", "day", "confirmed")));
        charts.add(chart(m.chart_problems(), OpenDataPageService.sum(notices, "problem-statistics",
                english ? "problem_en" : "problem_zh", "apps")));
        charts.add(chart(m.chart_stores(), OpenDataPageService.sum(stores, "store-statistics",
                english ? "store_en" : "store_zh", "confirmed")));
        Statistics range = notices != null ? notices : stores;
        return context.page(Templates.statistics(range == null ? first : range.from().toString(),
                range == null ? last : range.to().toString(), charts, storeRows(stores, english),
                notices == null || stores == null));
    }

    private static Chart chart(String title, Map<String, Long> figures) {
        return new Chart(title, SvgBars.of(title, figures), figures);
    }

    private static List<StoreRow> storeRows(Statistics stores, boolean english) {
        Map<String, long[]> byStore = new LinkedHashMap<>();
        for (Map<String, Object> r : OpenDataPageService.rows(stores, "store-statistics")) {
            long[] sums = byStore.computeIfAbsent(java.util.Objects.toString(r.get(english ? "store_en" : "store_zh"), null),
                    k -> new long[5]);
            String[] figures = {"confirmed", "confirmed_in_time", "overdue", "objected", "reinstated"};
            for (int i = 0; i < figures.length; i++) {
                sums[i] += OpenDataPageService.figure(r, figures[i]);
            }
        }
        return byStore.entrySet().stream().map(e -> new StoreRow(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
    }

    /** A date as given, or empty (the services' default range) when absent or not a date. */
    private static String date(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
