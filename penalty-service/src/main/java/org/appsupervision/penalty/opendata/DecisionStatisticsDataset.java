package org.appsupervision.penalty.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.OpenDataQuery;
import org.appsupervision.platform.opendata.OpenDataset;

/** Per day and bureau: how many decisions were published and the fines they impose in total (CNY). */
@ApplicationScoped
public class DecisionStatisticsDataset implements OpenDataset {

    private final DataSource database;

    public DecisionStatisticsDataset(DataSource database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "penalty-statistics";
    }

    @Override
    public List<String> columns() {
        return List.of("day", "bureau_province_code", "bureau", "decisions", "total_fine_cny");
    }

    @Override
    public boolean statistics() {
        return true;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        OpenDataQuery.stream(database, """
                SELECT c.published_on, c.bureau_province_code, b.name_zh, count(*), coalesce(sum(c.total_fine), 0)
                FROM penalty_case c JOIN bureau b ON b.province_code = c.bureau_province_code
                WHERE c.published_on >= ? AND c.published_on <= ?
                GROUP BY 1, 2, 3 ORDER BY 1, 2""", sink, from, to);
    }
}
