package org.appsupervision.notice.finding.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.commons.io.input.ReadAheadInputStream;

/**
 * Reads a request body ahead on a thread of its own, so that receiving the upload overlaps with parsing it.
 *
 * <p>The reading itself is commons-io's {@link ReadAheadInputStream} (two buffers of {@link #CHUNK} bytes: the one
 * being parsed and the one being filled, so memory stays bounded; waits on a condition, never spins; close interrupts
 * and ends its thread, then closes the body). One thing of it does not fit an upload: it takes an
 * {@link java.io.EOFException} of its source for the normal end of the stream, and a body that broke off would then
 * look complete. So every IOException of the body reaches it as a plain IOException that says the body broke off
 * (the original is its cause), and surfaces on the reader's next read instead of ending the file early.
 */
final class RequestBodyReadAhead {

    /** Size of each of the two buffers. */
    static final int CHUNK = 1 << 20;

    private RequestBodyReadAhead() {
    }

    /** The body, read ahead; closing it ends the read-ahead thread and closes the body. */
    static InputStream of(InputStream body) {
        return of(body, CHUNK);
    }

    static InputStream of(InputStream body, int chunk) {
        try {
            return ReadAheadInputStream.builder().setInputStream(new BrokenOff(body)).setBufferSize(chunk).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns every IOException of the body, EOFException included, into one that cannot pass for the end. */
    private static final class BrokenOff extends FilterInputStream {

        BrokenOff(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw brokenOff(e);
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            try {
                return in.read(bytes, offset, length);
            } catch (IOException e) {
                throw brokenOff(e);
            }
        }

        private static IOException brokenOff(IOException cause) {
            return new IOException("the request body broke off before its end / 请求正文在结束前中断", cause);
        }
    }
}
