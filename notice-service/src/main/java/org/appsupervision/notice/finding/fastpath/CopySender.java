package org.appsupervision.notice.finding.fastpath;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.postgresql.copy.CopyIn;

/**
 * Sends COPY data from a thread of its own, so that reading and checking the next lines overlaps with the
 * server's work on the last ones instead of waiting for it; a few chunks at most wait in between.
 */
final class CopySender {

    private static final int CHUNKS_IN_FLIGHT = 4;

    private final CopyIn copy;
    private final ThreadPoolExecutor thread;
    private final Semaphore room = new Semaphore(CHUNKS_IN_FLIGHT);
    private volatile Throwable failure;

    CopySender(CopyIn copy) {
        this.copy = copy;
        this.thread = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread sender = new Thread(r, "finding-copy");
            sender.setDaemon(true);
            return sender;
        });
        thread.allowCoreThreadTimeOut(true);
    }

    /** Queues a copy of the bytes for sending; waits while the chunks in flight are all taken. */
    void send(byte[] bytes, int length) throws SQLException {
        byte[] chunk = Arrays.copyOf(bytes, length);
        acquire(1);
        rethrow();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    copy.writeToCopy(chunk, 0, chunk.length);
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    /** Waits until every queued chunk was sent, then lets the thread end. */
    void drain() throws SQLException {
        acquire(CHUNKS_IN_FLIGHT);
        room.release(CHUNKS_IN_FLIGHT);
        thread.shutdown();
        rethrow();
    }

    /** Drops what is queued and waits for a chunk being sent, so the caller may cancel the COPY. */
    void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acquire(int permits) throws SQLException {
        try {
            room.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sending findings to the database", e);
        }
    }

    private void rethrow() throws SQLException {
        rethrow(failure, "findings could not be sent to the database");
    }

    /** Throws what a worker thread kept, if anything: an SQLException as it is, anything else inside one. */
    static void rethrow(Throwable failed, String what) throws SQLException {
        if (failed instanceof SQLException sql) {
            throw sql;
        }
        if (failed != null) {
            throw new SQLException(what, failed);
        }
    }
}
