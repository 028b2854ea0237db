package org.appsupervision.notice.finding.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class GrowingSpoolTest {

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] read = new byte[length];
        int at = 0;
        while (at < length) {
            int n = in.read(read, at, length - at);
            if (n == -1) {
                throw new IOException("ended after " + at + " bytes");
            }
            at += n;
        }
        return read;
    }

    static MessageDigest sha256() throws Exception {
        return MessageDigest.getInstance("SHA-256");
    }

    @Test
    void theJobReadsWhatIsStoredWhileTheRequestStillWritesAndEndsOnceTheJobStands() throws Exception {
        GrowingSpool spool = GrowingSpool.create(ImportFormat.CSV);
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream body = new PipedInputStream(client, 1 << 16);
        MessageDigest digest = sha256();
        CompletableFuture<Void> storing = CompletableFuture.runAsync(() -> {
            try {
                spool.fill(new java.security.DigestInputStream(body, digest));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        InputStream job = spool.open();

        byte[] first = new byte[GrowingSpool.CHUNK];
        Arrays.fill(first, (byte) 'a');
        client.write(first);
        client.flush();
        assertArrayEquals(first, readFully(job, first.length));
        assertFalse(storing.isDone());

        client.write(bytes("last line\n"));
        client.close();
        storing.join();
        spool.complete();
        assertTrue(spool.stands());
        assertArrayEquals(bytes("last line\n"), readFully(job, 10));
        assertEquals(-1, job.read());
        MessageDigest whole = sha256();
        whole.update(first);
        assertEquals(HexFormat.of().formatHex(whole.digest(bytes("last line\n"))),
                HexFormat.of().formatHex(digest.digest()));

        job.close();
        assertFalse(Files.exists(spool.file()));
    }

    @Test
    void aWholeStoredBodyIsNoEndForTheJobUntilItStandsAndARefusalFailsTheRead() throws Exception {
        GrowingSpool spool = GrowingSpool.create(ImportFormat.CSV);
        InputStream job = spool.open();
        spool.fill(new ByteArrayInputStream(bytes("header\nline\n")));
        assertArrayEquals(bytes("header\nline\n"), readFully(job, 12));

        spool.abandon("the same request already opened another job");

        assertThrows(IOException.class, job::read);
        assertFalse(spool.stands());
        assertTrue(Files.exists(spool.file()));
        job.close();
        assertFalse(Files.exists(spool.file()));
    }

    @Test
    void aBodyThatBreaksOffFailsTheJobsReadEvenWithStoredBytesLeft() throws Exception {
        GrowingSpool spool = GrowingSpool.create(ImportFormat.NDJSON);
        InputStream job = spool.open();
        IOException reset = new IOException("connection reset");
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(bytes("{\"a\":1}\n{\"a\":")),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw reset;
                    }
                });

        IOException thrown = assertThrows(IOException.class, () -> spool.fill(broken));

        assertSame(reset, thrown);
        assertThrows(IOException.class, () -> job.read(new byte[100]));
        spool.complete();
        assertFalse(spool.stands());
        job.close();
        assertFalse(Files.exists(spool.file()));
    }

    @Test
    void aSpoolAbandonedBeforeItsJobBeganIsNeverReadAndIsDeletedAtOnce() throws Exception {
        GrowingSpool spool = GrowingSpool.create(ImportFormat.CSV);
        spool.fill(new ByteArrayInputStream(bytes("header\n")));

        spool.abandon("the upload failed before it was stored");

        assertFalse(Files.exists(spool.file()));
        assertNull(spool.open());
        assertFalse(spool.stands());
    }
}
