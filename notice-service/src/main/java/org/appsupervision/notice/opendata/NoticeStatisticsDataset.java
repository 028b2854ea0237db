package org.appsupervision.notice.opendata;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataConfig;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.SqlDataset;

/** Per day and notice kind: how many notices became public, how many apps they name, how many were archived ones. */
@Singleton
public class NoticeStatisticsDataset extends SqlDataset {

    private final OpenDataConfig config;

    public NoticeStatisticsDataset(DataSource database, OpenDataConfig config) {
        super(database, "notice-statistics", List.of("day", "notice_kind", "notices", "apps", "archived_notices"), true,
                """
                SELECT (coalesce(n.imported_at, n.published_at) AT TIME ZONE ?)::date AS day, n.kind, count(*),
                       sum((SELECT count(*) FROM notice_item i WHERE i.notice_id = n.id AND i.subject = 'APP'))::bigint,
                       count(*) FILTER (WHERE n.imported_by IS NOT NULL)
                FROM notice n
                WHERE n.status = 'PUBLISHED'
                  AND coalesce(n.imported_at, n.published_at) >= ? AND coalesce(n.imported_at, n.published_at) < ?
                GROUP BY 1, 2 ORDER BY 1, 2""");
        this.config = config;
    }

    @Override
    protected Object[] parameters(LocalDate from, LocalDate to) {
        return OpenDataQuery.days(config.zone(), from, to);
    }
}
