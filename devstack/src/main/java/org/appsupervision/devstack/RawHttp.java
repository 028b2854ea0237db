package org.appsupervision.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends one HTTP/1.1 request exactly as written, for targets that HTTP clients refuse to send
 * (malformed percent-escapes such as {@code %zz} in a path or query), and reads the status and body.
 */
public final class RawHttp {

    /** The status code, content type and body text of an answer, and its head as sent. */
    public record Answer(int status, String contentType, String body, String head) {
    }

    private RawHttp() {
    }

    public static Answer send(int port, String method, String target, Map<String, String> headers) {
        return send(port, method, target, headers, new byte[0]);
    }

    /** Sends {@code body} with a {@code Content-Length} and only the {@code headers} given (no Content-Type of its own). */
    public static Answer send(int port, String method, String target, Map<String, String> headers, String body) {
        return send(port, method, target, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putIfAbsent("Host", "localhost:" + port);
            all.put("Connection", "close");
            if (!method.equals("GET") || body.length > 0) {
                all.putIfAbsent("Content-Length", String.valueOf(body.length));
            }
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        String contentType = null;
        boolean chunked = false;
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase();
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        return new Answer(status, contentType, chunked ? unchunk(body) : body, head);
    }

    private static String unchunk(String body) {
        String rest = body;
        StringBuilder text = new StringBuilder();
        while (!rest.isEmpty()) {
            int eol = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            byte[] bytes = rest.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            text.append(new String(bytes, 0, size, StandardCharsets.UTF_8));
            rest = new String(bytes, size + 2, bytes.length - size - 2, StandardCharsets.UTF_8);
        }
        return text.toString();
    }
}
