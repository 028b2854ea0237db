package org.appsupervision.notice.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataConfig;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.OpenDataset;

/** Per day and problem kind of the taxonomy: how many apps of the notices that became public that day have it. */
@ApplicationScoped
public class ProblemStatisticsDataset implements OpenDataset {

    private final DataSource database;
    private final OpenDataConfig config;

    public ProblemStatisticsDataset(DataSource database, OpenDataConfig config) {
        this.database = database;
        this.config = config;
    }

    @Override
    public String name() {
        return "problem-statistics";
    }

    @Override
    public List<String> columns() {
        return List.of("day", "problem_code", "problem_zh", "problem_en", "apps");
    }

    @Override
    public boolean statistics() {
        return true;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        OpenDataQuery.stream(database, """
                SELECT (coalesce(n.imported_at, n.published_at) AT TIME ZONE ?)::date AS day, k.code, k.label_zh,
                       k.label_en, count(*)
                FROM notice n
                JOIN notice_item i ON i.notice_id = n.id
                JOIN notice_item_problem p ON p.item_id = i.id
                JOIN problem_kind k ON k.code = p.problem_code
                WHERE n.status = 'PUBLISHED'
                  AND coalesce(n.imported_at, n.published_at) >= ? AND coalesce(n.imported_at, n.published_at) < ?
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2""", sink,
                config.zone().getId(), OpenDataQuery.start(from, config.zone()), OpenDataQuery.start(to.plusDays(1), config.zone()));
    }
}
