package org.appsupervision.appstore.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataConfig;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.OpenDataset;

/**
 * Per day and store, the counts of the takedown-outcomes dataset of that day (confirmed, of those within the
 * deadline, overdue, objected, reinstated), the median hours from order to confirmation of the takedowns confirmed,
 * and the channel's kind (APP_STORE or HANDSET_MAKER).
 */
@ApplicationScoped
public class StorePerformanceDataset implements OpenDataset {

    private final DataSource database;
    private final OpenDataConfig config;

    public StorePerformanceDataset(DataSource database, OpenDataConfig config) {
        this.database = database;
        this.config = config;
    }

    @Override
    public String name() {
        return "store-statistics";
    }

    @Override
    public List<String> columns() {
        return List.of("day", "store_code", "store_zh", "store_en", "confirmed", "confirmed_in_time", "overdue",
                "objected", "reinstated", "median_hours_to_confirm", "channel_kind");
    }

    @Override
    public boolean statistics() {
        return true;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        OpenDataQuery.stream(database, OutcomeEvents.WITH + """
                SELECT (e.at AT TIME ZONE b.zone)::date AS day, o.store_code, s.name_zh, s.name_en,
                       count(*) FILTER (WHERE e.outcome = 'CONFIRMED'),
                       count(*) FILTER (WHERE e.outcome = 'CONFIRMED' AND o.confirmed_at <= o.deadline),
                       count(*) FILTER (WHERE e.outcome = 'OVERDUE'),
                       count(*) FILTER (WHERE e.outcome = 'OBJECTED'),
                       count(*) FILTER (WHERE e.outcome = 'REINSTATED'),
                       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.confirmed_at - o.ordered_at))
                              FILTER (WHERE e.outcome = 'CONFIRMED'))::numeric / 3600, 1),
                       s.kind
                FROM e CROSS JOIN b JOIN takedown_order o ON o.id = e.order_id JOIN store s ON s.code = o.store_code
                GROUP BY 1, 2, 3, 4, s.kind ORDER BY 1, 2""", sink,
                OpenDataQuery.days(config.zone(), from, to));
    }
}
