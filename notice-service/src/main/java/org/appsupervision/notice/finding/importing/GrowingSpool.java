package org.appsupervision.notice.finding.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jboss.logging.Logger;

/**
 * An upload spooled to a temporary file that its import job reads while the request still writes it: the reader
 * waits at the end of what is stored so far, reaches the end of the file only once the request has stored all of
 * it and {@linkplain #complete() let the job stand}, and fails instead once the request broke off or was refused,
 * so a truncated file is never read as a whole one. The file is deleted when both sides are done with it.
 */
final class GrowingSpool {

    private static final Logger LOG = Logger.getLogger(GrowingSpool.class);
    static final int CHUNK = 1 << 16;

    private final Path file;
    private long stored;
    private boolean complete;
    private IOException refused;
    private boolean writerDone;
    private boolean readerOpened;
    private boolean readerDone;

    private GrowingSpool(Path file) {
        this.file = file;
    }

    static GrowingSpool create(ImportFormat format) throws IOException {
        return new GrowingSpool(Files.createTempFile("findings-", "." + format.name().toLowerCase()));
    }

    Path file() {
        return file;
    }

    /**
     * Stores the whole body (a digesting stream fingerprints it as it passes) and lets the reader follow in steps of
     * {@link #CHUNK} bytes (a request body arrives in much smaller pieces, and waking the reader for each would cost more than it gains); an
     * IOException of the body is thrown after the spool has been {@linkplain #abandon(String) abandoned}.
     */
    void fill(InputStream body) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            int n;
            while ((n = body.readNBytes(buffer, 0, buffer.length)) > 0) {
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                synchronized (this) {
                    stored += n;
                    notifyAll();
                }
            }
        } catch (IOException e) {
            abandon("the upload broke off");
            throw e;
        }
    }

    /** The whole body is stored and its job stands: the reader may reach the end. */
    synchronized void complete() {
        if (refused == null) {
            complete = true;
        }
        writerDone = true;
        notifyAll();
        deleteWhenDone();
    }

    /** The body broke off or its job was refused: the reader fails and the job must not end as this upload's. */
    synchronized void abandon(String why) {
        if (!complete && refused == null) {
            refused = new IOException(why);
        }
        writerDone = true;
        notifyAll();
        deleteWhenDone();
    }

    /** Waits for the request's verdict: true if the job stands (the whole body is stored), false if abandoned. */
    synchronized boolean stands() throws InterruptedException {
        while (!complete && refused == null) {
            wait();
        }
        return complete;
    }

    /** The stored body as it grows, or null if the spool was abandoned before the job began to read it. */
    synchronized InputStream open() throws IOException {
        if (refused != null) {
            readerDone = true;
            deleteWhenDone();
            return null;
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        readerOpened = true;
        return new Follower(channel);
    }

    /** Bytes stored beyond {@code position}, -1 at the end; waits while none are and the body goes on. */
    private synchronized long awaitBytes(long position) throws IOException {
        while (true) {
            if (refused != null) {
                throw new IOException(refused.getMessage(), refused);
            }
            if (stored > position) {
                return stored - position;
            }
            if (complete) {
                return -1;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the import stopped while its upload was being stored");
            }
        }
    }

    private synchronized void readerClosed() {
        readerDone = true;
        deleteWhenDone();
    }

    private void deleteWhenDone() {
        if (writerDone && (readerDone || !readerOpened && refused != null)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete the spooled upload %s", file);
            }
        }
    }

    /** Reads the spool file up to what is stored, waiting at its end. */
    private final class Follower extends InputStream {

        private final FileChannel channel;
        private long position;

        Follower(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            long available = awaitBytes(position);
            if (available < 0) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(bytes, offset, (int) Math.min(length, available)), position);
            if (n <= 0) {
                throw new IOException("the spooled upload is shorter than what was stored");
            }
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                readerClosed();
            }
        }
    }
}
