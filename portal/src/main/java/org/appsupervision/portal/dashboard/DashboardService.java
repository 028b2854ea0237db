package org.appsupervision.portal.dashboard;

import io.smallrye.mutiny.Uni;
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
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.channel.ChannelText;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.Scorecard;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.api.notice.Stats;
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

    private final NoticeApi notices;
    private final PenaltyApi penalty;
    private final AppstoreApi appstore;

    public DashboardService(NoticeApi notices, PenaltyApi penalty, AppstoreApi appstore) {
        this.notices = notices;
        this.penalty = penalty;
        this.appstore = appstore;
    }

    public Dashboard load(Viewer viewer, PortalMessages m, Locale locale) {
        Answer<Stats> stats = Answer.of(PortalService.NOTICE, notices.stats()).await().indefinitely();
        LocalDate historical = stats.ok() && stats.value().totals() != null ? stats.value().totals().historicalAsOf()
                : null;
        Instant from = storePeriodStart(historical);
        Uni<Answer<List<Scorecard>>> scorecards = Answer.of(PortalService.APPSTORE, appstore.scorecards(from, null, null));
        Uni<Answer<List<BureauFigures>>> penalty = Answer.of(PortalService.PENALTY, this.penalty.statistics());
        var replies = Uni.combine().all().unis(scorecards, penalty).asTuple().await().indefinitely();
        Answer<List<Scorecard>> stores = replies.getItem1();
        Answer<List<BureauFigures>> cases = replies.getItem2();

        List<String> unavailable = new ArrayList<>();
        for (ServiceReply reply : List.of(stats.reply(), stores.reply(), cases.reply())) {
            if (!reply.ok()) {
                unavailable.add(m.service_unavailable(reply.service().label(m)));
            }
        }
        Stats figures = stats.or(new Stats(null, List.of(), List.of(), List.of()));
        return new Dashboard(totals(figures.totals(), stores), years(figures, m, locale),
                problems(figures, m, locale),
                channels(stores, false, "chart-stores", m.chart_store_compliance(), m, locale),
                channels(stores, true, "chart-makers", ChannelText.current().chart_maker_compliance(), m, locale),
                provinces(cases, m, locale), unavailable,
                complaints(figures, locale));
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

    private static Dashboard.Totals totals(Stats.Totals totals, Answer<List<Scorecard>> stores) {
        Long storeRemovals = stores.ok() ? stores.or(List.of()).stream().mapToLong(Scorecard::proactiveRemovals).sum()
                : null;
        if (totals == null) {
            return new Dashboard.Totals(null, null, null, null, null, null, null, storeRemovals, null);
        }
        Long historicalRemovals = totals.proactiveRemovals();
        Long removals = historicalRemovals == null && storeRemovals == null ? null
                : (historicalRemovals == null ? 0 : historicalRemovals) + (storeRemovals == null ? 0 : storeRemovals);
        Stats.Imported imported = totals.imported();
        Dashboard.Imported fromImports = imported == null ? null : new Dashboard.Imported(imported.noticeBatches(),
                imported.appsTested(), imported.appsNotified(), imported.appsTakenDown());
        return new Dashboard.Totals(totals.asOf(), totals.historicalAsOf(), totals.noticeBatches(),
                totals.detectionBatches(), totals.appsTested(), totals.appsNotified(), totals.appsTakenDown(), removals,
                fromImports);
    }

    private static Dashboard.Chart years(Stats stats, PortalMessages m, Locale locale) {
        ChartData chart = new ChartData("chart-years", m.chart_notices_over_time(), "bar")
                .series(m.series_notified()).series(m.series_taken_down());
        for (Stats.Breakdown year : stats.perYear() == null ? List.<Stats.Breakdown>of() : stats.perYear()) {
            chart.add(year.name(), year.appsNotified(), year.appsTakenDown());
        }
        return chart.build(locale);
    }

    private static Dashboard.Chart problems(Stats stats, PortalMessages m, Locale locale) {
        ChartData chart = new ChartData("chart-problems", m.chart_problems(), "pie").series(m.series_notified());
        for (Stats.Breakdown kind : stats.perProblem() == null ? List.<Stats.Breakdown>of() : stats.perProblem()) {
            if (kind.appsNotified() > 0) {
                chart.add(kind.name(), kind.appsNotified());
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
    private static Dashboard.Chart complaints(Stats stats, Locale locale) {
        ComplaintMessages c = ComplaintText.current();
        ChartData chart = new ChartData("chart-complaints", c.chart_complaints(), "bar").stacked().horizontal()
                .series(c.series_open()).series(c.series_closed());
        for (Stats.AppComplaints app : stats.complaintsPerApp() == null ? List.<Stats.AppComplaints>of()
                : stats.complaintsPerApp()) {
            String name = app.appName() != null ? app.appName() : app.packageName();
            chart.add(name == null ? "?" : name, app.open(), app.complaints() - app.open());
        }
        return chart.build(locale);
    }

}
