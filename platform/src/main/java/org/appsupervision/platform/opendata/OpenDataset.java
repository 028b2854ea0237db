package org.appsupervision.platform.opendata;

import java.time.LocalDate;
import java.util.List;

/**
 * A dataset a service publishes as open data: its name (the stem of its file names), its columns, and the rows that
 * became public on the days of a range (Asia/Shanghai), read from the same data the public API shows. A service
 * declares each of its datasets as a CDI bean; the platform writes, stores and serves them.
 */
public interface OpenDataset {

    /** Lower-case letters, digits and hyphens: {@code notices}, {@code takedown-outcomes}. */
    String name();

    /** The column names, in order; every row has one value per column. */
    List<String> columns();

    /**
     * Hands every row of the days {@code from} to {@code to} (both included) to the sink, in a stable order. Values
     * are text, numbers, booleans, dates, instants, UUIDs, lists of those, or maps (JSON objects), or null.
     */
    void rows(LocalDate from, LocalDate to, RowSink sink);

    /** Aggregate figures (a row per day and key) rather than records; the statistics API serves these by range. */
    default boolean statistics() {
        return false;
    }

    /** Receives the rows of a dataset one at a time. */
    @FunctionalInterface
    interface RowSink {
        void row(Object... values);
    }
}
