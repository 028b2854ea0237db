package org.appsupervision.appstore.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataConfig;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.OpenDataset;

/**
 * What happened to the published notices' orders in each store on a day: a store confirmed a takedown
 * ({@code CONFIRMED}) or a reinstatement ({@code REINSTATED}), let an order go past its deadline ({@code OVERDUE}),
 * objected ({@code OBJECTED}), or had its objection decided ({@code OBJECTION_ACCEPTED}, {@code OBJECTION_REJECTED}),
 * with the times. Stores by code and name; the public notice and item ids, never the order's own id, the store's
 * listing references, notes or objection texts, or who decided.
 */
@ApplicationScoped
public class TakedownOutcomesDataset implements OpenDataset {

    static final List<String> COLUMNS = List.of("day", "happened_at", "outcome", "notice_id", "item_id", "app_name",
            "store_code", "store_zh", "store_en", "ordered_at", "deadline", "removed_at");

    private final DataSource database;
    private final OpenDataConfig config;

    public TakedownOutcomesDataset(DataSource database, OpenDataConfig config) {
        this.database = database;
        this.config = config;
    }

    @Override
    public String name() {
        return "takedown-outcomes";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        OpenDataQuery.stream(database, OutcomeEvents.WITH + """
                SELECT (e.at AT TIME ZONE b.zone)::date, e.at, e.outcome, o.notice_id, o.item_id, o.app_name,
                       o.store_code, s.name_zh, s.name_en, o.ordered_at, o.deadline,
                       CASE WHEN e.outcome IN ('CONFIRMED', 'REINSTATED') THEN o.removed_at END
                FROM e CROSS JOIN b JOIN takedown_order o ON o.id = e.order_id JOIN store s ON s.code = o.store_code
                ORDER BY e.at, o.item_id, o.store_code, e.outcome""", sink,
                OpenDataQuery.days(config.zone(), from, to));
    }
}
