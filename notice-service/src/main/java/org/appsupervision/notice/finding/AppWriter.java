package org.appsupervision.notice.finding;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes the chunks of apps and operators of a big load on the write's connection from a thread of its own, in the
 * order they were taken, while the findings are still being read and copied on another connection; the first failure
 * is kept and thrown to the write. The connection is the thread's alone until {@link #drain} or {@link #stop}.
 */
final class AppWriter {

    private final Connection connection;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread writer = new Thread(r, "finding-apps");
        writer.setDaemon(true);
        return writer;
    });
    private volatile SQLException failure;
    private volatile boolean abandoned;
    private volatile long lastWritten = System.nanoTime();
    /** Whether the last chunk's apps were mostly known, so the next one is looked up before it is inserted. */
    private boolean mostlyKnown = true;

    AppWriter(Connection connection) {
        this.connection = connection;
    }

    void write(FindingApps.Chunk chunk) throws SQLException {
        rethrow();
        thread.execute(() -> {
            if (failure != null || abandoned) {
                return;
            }
            try {
                int known = chunk.write(connection, mostlyKnown);
                mostlyKnown = known * 2 >= chunk.packages().length;
                lastWritten = System.nanoTime();
            } catch (SQLException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new SQLException("apps could not be written", e);
            }
        });
    }

    /** Waits until every chunk was written; the connection is the caller's again. */
    void drain() throws SQLException {
        await();
        rethrow();
    }

    /** When the last chunk so far was written, in {@link System#nanoTime()}. */
    long lastWritten() {
        return lastWritten;
    }

    /** Lets the chunk being written end and drops the others (the caller rolls the transaction back). */
    void stop() {
        abandoned = true;
        await();
    }

    private void await() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.MINUTES)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws SQLException {
        if (failure != null) {
            throw failure;
        }
    }
}
