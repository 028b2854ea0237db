package org.appsupervision.notice.finding.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestBodyReadAheadTest {

    static final int CHUNK = 4096;

    /** Serves {@code data} in pieces of irregular size, as a network stream does, counting what it handed out. */
    static class Pieces extends InputStream {
        final byte[] data;
        final Random sizes = new Random(7);
        final AtomicLong served = new AtomicLong();
        volatile boolean closed;
        int at;

        Pieces(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at == data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + sizes.nextInt(3000)), data.length - at);
            before(n);
            System.arraycopy(data, at, b, off, n);
            at += n;
            served.addAndGet(n);
            return n;
        }

        void before(int n) throws IOException {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static byte[] data(int length) {
        byte[] data = new byte[length];
        new Random(42).nextBytes(data);
        return data;
    }

    @Test
    void deliversEveryByteInOrderAcrossChunkBoundariesAndThenTheEnd() throws IOException {
        byte[] data = data(CHUNK * 9 + 123);
        Pieces source = new Pieces(data);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        Random sizes = new Random(3);
        try (InputStream in = RequestBodyReadAhead.of(source, CHUNK)) {
            byte[] buffer = new byte[CHUNK * 2];
            while (true) {
                if (sizes.nextInt(5) == 0) {
                    int b = in.read();
                    if (b == -1) {
                        break;
                    }
                    read.write(b);
                } else {
                    int n = in.read(buffer, 1, 1 + sizes.nextInt(buffer.length - 1));
                    if (n == -1) {
                        break;
                    }
                    read.write(buffer, 1, n);
                }
            }
            assertEquals(-1, in.read());
            assertEquals(-1, in.read(buffer, 0, 10));
        }
        assertArrayEquals(data, read.toByteArray());
        assertTrue(source.closed);
    }

    @Test
    void anEmptyBodyEndsAtOnce() throws IOException {
        try (InputStream in = RequestBodyReadAhead.of(new Pieces(new byte[0]), CHUNK)) {
            assertEquals(-1, in.read(new byte[10], 0, 10));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void neverReadsMoreThanTwoChunksAheadOfTheReader() throws IOException {
        AtomicLong consumed = new AtomicLong();
        AtomicLong furthestAhead = new AtomicLong();
        Pieces source = new Pieces(data(CHUNK * 40)) {
            @Override
            void before(int n) {
                furthestAhead.accumulateAndGet(served.get() + n - consumed.get(), Math::max);
            }
        };
        try (InputStream in = RequestBodyReadAhead.of(source, CHUNK)) {
            byte[] buffer = new byte[100];
            int n;
            while ((n = in.read(buffer)) != -1) {
                consumed.addAndGet(n);
            }
        }
        assertEquals(CHUNK * 40, consumed.get());
        assertTrue(furthestAhead.get() <= 2L * CHUNK, "read " + furthestAhead.get() + " bytes ahead");
    }

    @Test
    void anExceptionOfTheBodySurfacesOnTheReadersNextReadInsteadOfTheEnd() throws IOException {
        IOException broken = new IOException("connection reset");
        byte[] data = data(CHUNK * 3);
        Pieces source = new Pieces(data) {
            @Override
            void before(int n) throws IOException {
                if (at + n > CHUNK * 2) {
                    throw broken;
                }
            }
        };
        long read = 0;
        try (InputStream in = RequestBodyReadAhead.of(source, CHUNK)) {
            byte[] buffer = new byte[500];
            IOException surfaced = null;
            while (surfaced == null) {
                try {
                    int n = in.read(buffer);
                    assertTrue(n > 0, "the end came before the exception");
                    read += n;
                } catch (IOException e) {
                    surfaced = e;
                }
            }
            assertSame(broken, surfaced.getCause());
        }
        assertTrue(read <= CHUNK * 2);
    }

    @Test
    void anEofExceptionOfTheBodyIsAFailureNotTheEnd() throws IOException {
        EOFException early = new EOFException("body shorter than its Content-Length");
        Pieces source = new Pieces(data(CHUNK)) {
            @Override
            void before(int n) throws IOException {
                if (at + n > CHUNK / 2) {
                    throw early;
                }
            }
        };
        try (InputStream in = RequestBodyReadAhead.of(source, CHUNK)) {
            IOException surfaced = assertThrows(IOException.class, () -> {
                byte[] buffer = new byte[CHUNK];
                while (in.read(buffer) != -1) {
                    // read until the failure
                }
            });
            assertSame(early, surfaced.getCause());
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReadAheadThreadAndClosesTheBody() throws Exception {
        Semaphore never = new Semaphore(0);
        CountDownLatch waiting = new CountDownLatch(1);
        Thread[] reader = new Thread[1];
        Pieces source = new Pieces(data(CHUNK * 10)) {
            @Override
            void before(int n) throws IOException {
                if (at >= CHUNK) {
                    reader[0] = Thread.currentThread();
                    waiting.countDown();
                    try {
                        never.acquire();
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException("interrupted");
                    }
                }
            }
        };
        InputStream in = RequestBodyReadAhead.of(source, CHUNK);
        assertTrue(in.read() >= 0);
        waiting.await();
        in.close();
        reader[0].join(30_000);
        assertFalse(reader[0].isAlive());
        assertTrue(source.closed);
    }
}
