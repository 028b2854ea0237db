package org.appsupervision.portal.dashboard;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appsupervision.portal.Formats;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.channel.ChannelText;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.Scorecard;
import org.appsupervision.portal.api.penalty.BureauFigures;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.complaint.ComplaintMessages;
import org.appsupervision.portal.complaint.ComplaintText;

/**
 * Gathers the dashboard from the three services' statistics (notice totals and breakdowns, store
 * scorecards, penalty cases per bureau), asked in parallel with the viewer's own token.
 */
@ApplicationScoped
public class DashboardService {

    private final ServiceClient services;
    private final PenaltyApi penalty;
    private final AppstoreApi appstore;

    public DashboardService(ServiceClient services, PenaltyApi penalty, AppstoreApi appstore) {
        this.services = services;
        this.penalty = penalty;
        this.appstore = appstore;
    }

    public Dashboard load(Viewer viewer, PortalMessages m, Locale locale) {
        ServiceReply stats = services.await(services.get(PortalService.NOTICE, "/api/stats", viewer));
        LocalDate historical = stats.ok() ? date(stats.object().getJsonObject("totals", new JsonObject()), "historicalAsOf") : null;
        Instant from = storePeriodStart(historical);
        Uni<Answer<List<Scorecard>>> scorecards = Answer.of(PortalService.APPSTORE, appstore.scorecards(from, null, null));
        Uni<Answer<List<BureauFigures>>> penalty = Answer.of(PortalService.PENALTY, this.penalty.statistics());
        var replies = Uni.combine().all().unis(scorecards, penalty).asTuple().await().indefinitely();
        Answer<List<Scorecard>> stores = replies.getItem1();
        Answer<List<BureauFigures>> cases = replies.getItem2();

        List<String> unavailable = new ArrayList<>();
        for (ServiceReply reply : List.of(stats, stores.reply(), cases.reply())) {
            if (!reply.ok()) {
                unavailable.add(m.service_unavailable(reply.service().label(m)));
            }
        }
        JsonObject statsJson = stats.object();
        return new Dashboard(totals(statsJson.getJsonObject("totals"), stores), years(statsJson, m, locale),
                problems(statsJson, m, locale),
                channels(stores, false, "chart-stores", m.chart_store_compliance(), m, locale),
                channels(stores, true, "chart-makers", ChannelText.current().chart_maker_compliance(), m, locale),
                provinces(cases, m, locale), unavailable,
                complaints(statsJson, locale));
    }

    /** Store figures count from the day after the imported snapshot (the snapshot holds the earlier ones), at most 5 years back. */
    static Instant storePeriodStart(LocalDate historicalAsOf) {
        Instant fiveYears = Instant.now().minus(5 * 365 - 1, ChronoUnit.DAYS);
        if (historicalAsOf == null) {
            return Instant.now().minus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        }
        Instant after = historicalAsOf.plusDays(1).atStartOfDay(Formats.CHINA).toInstant();
        return after.isBefore(fiveYears) ? fiveYears.truncatedTo(ChronoUnit.SECONDS) : after;
    }

    private static Dashboard.Totals totals(JsonObject totals, Answer<List<Scorecard>> stores) {
        Long storeRemovals = stores.ok() ? stores.or(List.of()).stream().mapToLong(Scorecard::proactiveRemovals).sum()
                : null;
        if (totals == null) {
            return new Dashboard.Totals(null, null, null, null, null, null, null, storeRemovals, null);
        }
        Long historicalRemovals = totals.getLong("proactiveRemovals");
        Long removals = historicalRemovals == null && storeRemovals == null ? null
                : (historicalRemovals == null ? 0 : historicalRemovals) + (storeRemovals == null ? 0 : storeRemovals);
        JsonObject imported = totals.getJsonObject("imported");
        Dashboard.Imported fromImports = imported == null ? null : new Dashboard.Imported(
                imported.getLong("noticeBatches", 0L), imported.getLong("appsTested", 0L),
                imported.getLong("appsNotified", 0L), imported.getLong("appsTakenDown", 0L));
        return new Dashboard.Totals(date(totals, "asOf"), date(totals, "historicalAsOf"),
                totals.getLong("noticeBatches"), totals.getLong("detectionBatches"), totals.getLong("appsTested"),
                totals.getLong("appsNotified"), totals.getLong("appsTakenDown"), removals, fromImports);
    }

    private static Dashboard.Chart years(JsonObject stats, PortalMessages m, Locale locale) {
        ChartData chart = new ChartData("chart-years", m.chart_notices_over_time(), "bar")
                .series(m.series_notified()).series(m.series_taken_down());
        for (JsonObject year : objects(stats.getJsonArray("perYear"))) {
            chart.add(year.getString("label", year.getString("key")), year.getLong("appsNotified", 0L),
                    year.getLong("appsTakenDown", 0L));
        }
        return chart.build(locale);
    }

    private static Dashboard.Chart problems(JsonObject stats, PortalMessages m, Locale locale) {
        ChartData chart = new ChartData("chart-problems", m.chart_problems(), "pie").series(m.series_notified());
        for (JsonObject kind : objects(stats.getJsonArray("perProblem"))) {
            if (kind.getLong("appsNotified", 0L) > 0) {
                chart.add(kind.getString("label", kind.getString("key")), kind.getLong("appsNotified", 0L));
            }
        }
        return chart.build(locale);
    }

    /** The app stores' (or the handset makers') takedowns on time and late, each kind in a chart of its own. */
    private static Dashboard.Chart channels(Answer<List<Scorecard>> stores, boolean makers, String id, String title, PortalMessages m,
            Locale locale) {
        ChartData chart = new ChartData(id, title, "bar").stacked().horizontal()
                .series(m.series_on_time()).series(m.series_late());
        for (Scorecard store : stores.or(List.of())) {
            if (makers != "HANDSET_MAKER".equals(store.kind())) {
                continue;
            }
            long received = store.received();
            long onTime = store.confirmedOnTime();
            if (received > 0) {
                chart.add(store.storeNameZh() != null ? store.storeNameZh() : store.storeCode(), onTime,
                        received - onTime);
            }
        }
        return chart.build(locale);
    }

    private static Dashboard.Chart provinces(Answer<List<BureauFigures>> cases, PortalMessages m, Locale locale) {
        ChartData chart = new ChartData("chart-provinces", m.chart_cases_by_province(), "bar").series(m.series_cases());
        for (BureauFigures bureau : cases.or(List.of())) {
            if (bureau.cases() > 0) {
                chart.add(bureau.bureauName() != null ? bureau.bureauName() : bureau.bureauProvinceCode(), bureau.cases());
            }
        }
        return chart.build(locale);
    }

    /** The apps the public complained about most: open and closed complaints, per app (to choose re-check targets). */
    private static Dashboard.Chart complaints(JsonObject stats, Locale locale) {
        ComplaintMessages c = ComplaintText.current();
        ChartData chart = new ChartData("chart-complaints", c.chart_complaints(), "bar").stacked().horizontal()
                .series(c.series_open()).series(c.series_closed());
        for (JsonObject app : objects(stats.getJsonArray("complaintsPerApp"))) {
            long all = app.getLong("complaints", 0L);
            long open = app.getLong("open", 0L);
            String name = app.getString("appName") != null ? app.getString("appName") : app.getString("packageName");
            chart.add(name == null ? "?" : name, open, all - open);
        }
        return chart.build(locale);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }

    private static LocalDate date(JsonObject json, String field) {
        String value = json == null ? null : json.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
