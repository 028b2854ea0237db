package org.appsupervision.penalty.opendata;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.appsupervision.platform.opendata.SqlDataset;

/** Per day and bureau: how many decisions were published and the fines they impose in total (CNY). */
@Singleton
public class DecisionStatisticsDataset extends SqlDataset {

    public DecisionStatisticsDataset(DataSource database) {
        super(database, "penalty-statistics",
                List.of("day", "bureau_province_code", "bureau", "decisions", "total_fine_cny"), true, """
                SELECT c.published_on, c.bureau_province_code, b.name_zh, count(*), coalesce(sum(c.total_fine), 0)
                FROM penalty_case c JOIN bureau b ON b.province_code = c.bureau_province_code
                WHERE c.published_on >= ? AND c.published_on <= ?
                GROUP BY 1, 2, 3 ORDER BY 1, 2""");
    }

    @Override
    protected Object[] parameters(LocalDate from, LocalDate to) {
        return new Object[] {from, to};
    }
}
