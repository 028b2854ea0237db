package org.appsupervision.notice.finding.fastpath;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes the chunks of apps and operators of a big load on the write's connection from a thread of its own, in the
 * order they were taken, while the findings are still being read and copied on another connection; the first failure
 * is kept and thrown to the write. The connection is the thread's alone until {@link #drain} or {@link #stop} has
 * returned: both wait for the thread however long its statement takes (it may wait for another import's locks), so
 * the connection is never used by two threads or given back to the pool while a statement of this writer runs.
 */
public final class AppWriter {

    private final Connection connection;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread writer = new Thread(r, "finding-apps");
        writer.setDaemon(true);
        return writer;
    });
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private volatile long lastWritten = System.nanoTime();
    /** Whether the last chunk's apps were mostly known, so the next one is looked up before it is inserted. */
    private boolean mostlyKnown = true;

    public AppWriter(Connection connection) {
        this.connection = connection;
    }

    public void write(FindingApps.Chunk chunk) throws SQLException {
        rethrow();
        thread.execute(() -> {
            if (failure != null || abandoned) {
                return;
            }
            try {
                int known = AppStatements.write(connection, chunk, mostlyKnown);
                mostlyKnown = known * 2 >= chunk.size();
                lastWritten = System.nanoTime();
            } catch (Throwable e) {
                failure = e;
            }
        });
    }

    /**
     * Waits until every chunk was written; the connection is the caller's again. Fails if a chunk failed or the
     * caller was interrupted (then the rest is dropped, the thread ends, and the caller rolls back).
     */
    public void drain() throws SQLException {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a statement waiting for another import's locks: keep waiting, never leave the connection shared
            }
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the apps were being written", e);
        }
        rethrow();
    }

    /** Drops the chunks not yet begun and waits for the one being written to end (the caller rolls back). */
    public void stop() {
        abandoned = true;
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** When the last chunk so far was written, in {@link System#nanoTime()}. */
    public long lastWritten() {
        return lastWritten;
    }

    private void rethrow() throws SQLException {
        CopySender.rethrow(failure, "the apps could not be written");
    }
}
