package org.appsupervision.platform.opendata;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Runs a dataset's SQL and hands each result row to a sink, read with a cursor (a few thousand rows at a time) so a
 * dump of a million rows streams; SQL arrays become lists. Call it inside a transaction (a dump's or the statistics').
 */
public final class OpenDataQuery {

    private OpenDataQuery() {
    }

    /** The first instant of a day in a zone: a dataset's range is {@code [start(from), start(to + 1))}. */
    public static java.time.OffsetDateTime start(java.time.LocalDate day, java.time.ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * The parameters of a query over instants grouped by the day of a zone, in this order: the zone's id (for
     * {@code AT TIME ZONE ?}), then {@code start(from)} and {@code start(to + 1)} (for {@code >= ?} and {@code < ?}).
     */
    public static Object[] days(java.time.ZoneId zone, java.time.LocalDate from, java.time.LocalDate to) {
        return new Object[] {zone.getId(), start(from, zone), start(to.plusDays(1), zone)};
    }

    public static void stream(DataSource database, String sql, OpenDataset.RowSink sink, Object... parameters) {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setFetchSize(5000);
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] values = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object value = rows.getObject(i + 1);
                        values[i] = value instanceof Array array ? Arrays.asList((Object[]) array.getArray()) : value;
                    }
                    sink.row(values);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
