package org.appsupervision.gateway;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Requests written by hand on a socket, for what an HTTP client library will not do: announce a body and never send
 * it, or send a chunked body that never ends while reading the answer.
 */
public final class RawRequests {

    /** Far past every limit but the uploads': a client that never stops is cut long before this. */
    public static final long NEVER_ENDING = 256L * 1024 * 1024;

    private RawRequests() {
    }

    /** Sends the request line and headers only (ending with the blank line) and reads the answer until the gateway closes. */
    public static String answerToHead(String head) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the head (which must say {@code Transfer-Encoding: chunked}) and then chunks until the gateway answers or
     * {@link #NEVER_ENDING} bytes are sent; returns the first bytes of the answer, or throws if the whole body was sent.
     */
    public static String answerToNeverEndingBody(String head) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> statusLine(socket));
            byte[] chunk = ("4000\r\n" + "a".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            long sent = 0;
            try {
                while (sent < NEVER_ENDING && !answer.isDone()) {
                    out.write(chunk);
                    sent += 0x4000;
                }
            } catch (IOException closed) {
                // The gateway closed the connection: the body was cut.
            }
            if (sent >= NEVER_ENDING) {
                throw new AssertionError("the gateway read the whole never-ending body");
            }
            return answer.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statusLine(Socket socket) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n;
            while (read.size() < 12 && (n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // Whatever arrived before the connection was reset is the answer.
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
