package org.appsupervision.platform.opendata;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * A dataset whose rows are one SQL query over a range of days: name, columns and kind are fixed, the query's
 * parameters follow the range. Subclasses are {@code @Singleton} beans (no client proxy, so no no-args constructor).
 */
public abstract class SqlDataset implements OpenDataset {

    private final DataSource database;
    private final String name;
    private final List<String> columns;
    private final boolean statistics;
    private final String sql;

    protected SqlDataset(DataSource database, String name, List<String> columns, boolean statistics, String sql) {
        this.database = database;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.statistics = statistics;
        this.sql = sql;
    }

    /** The query's parameters for the days {@code from} to {@code to}, both included. */
    protected abstract Object[] parameters(LocalDate from, LocalDate to);

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public boolean statistics() {
        return statistics;
    }

    @Override
    public void rows(LocalDate from, LocalDate to, RowSink sink) {
        OpenDataQuery.stream(database, sql, sink, parameters(from, to));
    }
}
