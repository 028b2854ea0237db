package org.appsupervision.notice.opendata;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataConfig;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.SqlDataset;

/** Per day and problem kind of the taxonomy: how many apps of the notices that became public that day have it. */
@Singleton
public class ProblemStatisticsDataset extends SqlDataset {

    private final OpenDataConfig config;

    public ProblemStatisticsDataset(DataSource database, OpenDataConfig config) {
        super(database, "problem-statistics", List.of("day", "problem_code", "problem_zh", "problem_en", "apps"), true,
                """
                SELECT (coalesce(n.imported_at, n.published_at) AT TIME ZONE ?)::date AS day, k.code, k.label_zh,
                       k.label_en, count(*)
                FROM notice n
                JOIN notice_item i ON i.notice_id = n.id AND i.subject = 'APP'
                JOIN notice_item_problem p ON p.item_id = i.id
                JOIN problem_kind k ON k.code = p.problem_code
                WHERE n.status = 'PUBLISHED'
                  AND coalesce(n.imported_at, n.published_at) >= ? AND coalesce(n.imported_at, n.published_at) < ?
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2""");
        this.config = config;
    }

    @Override
    protected Object[] parameters(LocalDate from, LocalDate to) {
        return OpenDataQuery.days(config.zone(), from, to);
    }
}
