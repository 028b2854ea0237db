package org.appsupervision.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is wrong with an answer to a hostile request: a 5xx, no answer, an error that is not an RFC 9457 problem
 * document (pages of the portal answer HTML, the OAuth token endpoint its RFC 6749 error), a stack trace or Java
 * class name in the body, or a 2xx to a request that must be refused.
 */
public final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEAK = Pattern.compile("at org\\.|at java\\.|at io\\.|Exception|\\.java:\\d"
            + "|org\\.appsupervision\\.|com\\.fasterxml\\.|jakarta\\.|java\\.lang\\.");

    private AnswerCheck() {
    }

    /** The faults of the answer, empty when it is acceptable. */
    public static List<String> faults(String path, Probe probe, RawHttp.Answer answer) {
        List<String> faults = new ArrayList<>();
        int status = answer.status();
        if (status < 0) {
            faults.add("no answer: " + answer.body());
            return faults;
        }
        if (status >= 500) {
            faults.add(status + " server error: " + brief(answer.body()));
        }
        if (status >= 400 && !refusedByTheHttpLayer(probe, answer)) {
            String format = formatFault(path, answer);
            if (format != null) {
                faults.add(format);
            }
        }
        if (LEAK.matcher(answer.body()).find()) {
            faults.add("stack trace or class name in a " + status + " body: " + around(answer.body()));
        }
        if (probe.mustRefuse() && status >= 200 && status < 300 && !isPage(path)) {
            faults.add(status + " accepted a value that must be refused");
        }
        return faults;
    }

    /** Pages of the portal and the public site, which answer browsers with HTML, errors included. */
    public static boolean isPage(String path) {
        return path.startsWith("/portal") || path.startsWith("/login") || path.startsWith("/logout")
                || path.startsWith("/lang/") || path.equals("/") || path.startsWith("/notices")
                || path.equals("/verify") || path.equals("/register") || path.startsWith("/register/")
                || path.startsWith("/open-data") || path.equals("/complaints") || path.startsWith("/complaints/");
    }

    /**
     * Whether the answer is the bare status that Vert.x writes before any code of the suite runs, for exactly the
     * requests it refuses that way (gateway README, "Requests the HTTP layer refuses"): a target that
     * {@link java.net.URI} cannot parse (400), a request line over 4 KB (414), a header block over 20 KB (431), a
     * control character in a header value (400). Any other error without a problem document is still a fault.
     */
    static boolean refusedByTheHttpLayer(Probe probe, RawHttp.Answer answer) {
        if (!answer.body().isEmpty() || !answer.contentType().isEmpty()) {
            return false;
        }
        return switch (answer.status()) {
            case 400 -> !parsable(probe.target()) || probe.headers().values().stream()
                    .anyMatch(AnswerCheck::hasControlCharacter);
            case 414 -> probe.target().length() > 4000;
            case 431 -> probe.headers().entrySet().stream()
                    .mapToInt(h -> h.getKey().length() + h.getValue().length() + 4).sum() > 20_000;
            default -> false;
        };
    }

    private static boolean parsable(String target) {
        try {
            new java.net.URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }

    private static String formatFault(String path, RawHttp.Answer answer) {
        String type = answer.contentType();
        if (isPage(path) && type.startsWith("text/html")) {
            return null;
        }
        if (path.startsWith("/oauth2/token") && type.startsWith("application/json")) {
            return answer.body().contains("\"error\"") ? null
                    : "OAuth error without an error code (" + answer.status() + "): " + brief(answer.body());
        }
        if (!type.startsWith("application/problem+json")) {
            return "error is not a problem document (" + answer.status() + ", Content-Type '" + type + "'): "
                    + brief(answer.body());
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != answer.status()) {
                return "problem without type, title or the answer's status (" + answer.status() + "): "
                        + brief(answer.body());
            }
            return null;
        } catch (java.io.IOException e) {
            return "problem document is not JSON (" + answer.status() + "): " + brief(answer.body());
        }
    }

    private static String brief(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private static String around(String body) {
        java.util.regex.Matcher m = LEAK.matcher(body);
        if (!m.find()) {
            return "";
        }
        int from = Math.max(0, m.start() - 60);
        return brief(body.substring(from, Math.min(body.length(), m.end() + 60)));
    }
}
