package org.appsupervision.notice.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataConfig;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.OpenDataset;

/** Per day and notice kind: how many notices became public, how many apps they name, how many were archived ones. */
@ApplicationScoped
public class NoticeStatisticsDataset implements OpenDataset {

    private final DataSource database;
    private final OpenDataConfig config;

    public NoticeStatisticsDataset(DataSource database, OpenDataConfig config) {
        this.database = database;
        this.config = config;
    }

    @Override
    public String name() {
        return "notice-statistics";
    }

    @Override
    public List<String> columns() {
        return List.of("day", "notice_kind", "notices", "apps", "archived_notices");
    }

    @Override
    public boolean statistics() {
        return true;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        OpenDataQuery.stream(database, """
                SELECT (coalesce(n.imported_at, n.published_at) AT TIME ZONE ?)::date AS day, n.kind, count(*),
                       sum((SELECT count(*) FROM notice_item i WHERE i.notice_id = n.id))::bigint,
                       count(*) FILTER (WHERE n.imported_by IS NOT NULL)
                FROM notice n
                WHERE n.status = 'PUBLISHED'
                  AND coalesce(n.imported_at, n.published_at) >= ? AND coalesce(n.imported_at, n.published_at) < ?
                GROUP BY 1, 2 ORDER BY 1, 2""", sink,
                config.zone().getId(), OpenDataQuery.start(from, config.zone()), OpenDataQuery.start(to.plusDays(1), config.zone()));
    }
}
