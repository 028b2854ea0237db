package org.appsupervision.e2e.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private static final Probe REFUSE = new Probe("text = NUL", true, "/api/x", Map.of(), null);
    private static final Probe TOLERATE = new Probe("text = control", false, "/api/x", Map.of(), null);
    private static final String PROBLEM = "application/problem+json";

    @Test
    void acceptsAProblemDocumentForA4xx() {
        assertEquals(List.of(), AnswerCheck.faults("/api/x", REFUSE, answer(400, PROBLEM,
                "{\"type\":\"/problems/validation\",\"title\":\"无效 / Invalid\",\"status\":400}")));
    }

    @Test
    void flagsA5xxEvenAsAProblemDocument() {
        List<String> faults = AnswerCheck.faults("/api/x", TOLERATE, answer(500, PROBLEM,
                "{\"type\":\"/problems/internal\",\"title\":\"内部错误 / Internal\",\"status\":500}"));
        assertEquals(1, faults.size(), faults.toString());
        assertTrue(faults.get(0).startsWith("500 server error"));
    }

    @Test
    void flagsAnErrorThatIsNotAProblemDocument() {
        assertTrue(AnswerCheck.faults("/api/x", REFUSE, answer(400, "text/plain", "bad")).get(0)
                .contains("not a problem document"));
        assertTrue(AnswerCheck.faults("/api/x", REFUSE, answer(400, "", "")).get(0)
                .contains("not a problem document"));
        assertTrue(AnswerCheck.faults("/api/x", REFUSE, answer(404, PROBLEM, "{\"title\":\"x\",\"status\":404}"))
                .get(0).contains("without type"));
        assertTrue(AnswerCheck.faults("/api/x", REFUSE, answer(404, PROBLEM,
                "{\"type\":\"/t\",\"title\":\"x\",\"status\":400}")).get(0).contains("the answer's status"));
    }

    @Test
    void acceptsABareStatusOnlyWhereTheHttpLayerAnswersBeforeTheSuite() {
        Probe badEscape = new Probe("query q = %zz", true, "/api/x?q=%zz", Map.of(), null);
        Probe longLine = new Probe("path id = 10 KB", true, "/api/x/" + "a".repeat(10_000), Map.of(), null);
        Probe controlHeader = new Probe("header X = control", true, "/api/x", Map.of("X-Probe", "a\u0001b"), null);
        Probe hugeHeader = new Probe("header X = 30 KB", true, "/api/x", Map.of("X-Probe", "a".repeat(30_000)), null);
        assertEquals(List.of(), AnswerCheck.faults("/api/x", badEscape, answer(400, "", "")));
        assertEquals(List.of(), AnswerCheck.faults("/api/x", longLine, answer(414, "", "")));
        assertEquals(List.of(), AnswerCheck.faults("/api/x", controlHeader, answer(400, "", "")));
        assertEquals(List.of(), AnswerCheck.faults("/api/x", hugeHeader, answer(431, "", "")));
        // the same bare statuses for requests the HTTP layer takes are faults
        assertTrue(AnswerCheck.faults("/api/x", REFUSE, answer(414, "", "")).get(0).contains("not a problem document"));
        assertTrue(AnswerCheck.faults("/api/x", REFUSE, answer(431, "", "")).get(0).contains("not a problem document"));
        assertTrue(AnswerCheck.faults("/api/x", longLine, answer(400, "", "")).get(0).contains("not a problem document"));
        assertTrue(AnswerCheck.faults("/api/x", badEscape, answer(400, "text/plain", "bad")).get(0)
                .contains("not a problem document"));
    }

    @Test
    void flagsAStackTraceOrAClassName() {
        assertTrue(AnswerCheck.faults("/api/x", TOLERATE, answer(200, "application/json",
                "{\"detail\":\"java.lang.IllegalArgumentException: x\"}")).get(0).contains("stack trace"));
        assertTrue(AnswerCheck.faults("/portal/x", TOLERATE, answer(400, "text/html",
                "<pre>at org.hibernate.Foo.bar(Foo.java:12)</pre>")).get(0).contains("stack trace"));
    }

    @Test
    void flagsA2xxToARequestThatMustBeRefusedButNotToOneThatMayBeAccepted() {
        assertTrue(AnswerCheck.faults("/api/x", REFUSE, answer(200, "application/json", "{}")).get(0)
                .contains("must be refused"));
        assertEquals(List.of(), AnswerCheck.faults("/api/x", TOLERATE, answer(200, "application/json", "{}")));
    }

    @Test
    void letsPagesAnswerHtmlAndTheTokenEndpointItsOAuthError() {
        assertEquals(List.of(), AnswerCheck.faults("/portal/apps", REFUSE, answer(404, "text/html", "<html/>")));
        assertEquals(List.of(), AnswerCheck.faults("/oauth2/token", REFUSE, answer(400, "application/json",
                "{\"error\":\"invalid_request\"}")));
        assertTrue(AnswerCheck.faults("/api/portal-like", REFUSE, answer(404, "text/html", "<html/>")).get(0)
                .contains("not a problem document"));
    }

    @Test
    void readsAChunkedAnswer() {
        RawHttp.Answer answer = RawHttp.parse(("HTTP/1.1 400 Bad Request\r\nContent-Type: " + PROBLEM
                + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, answer.status());
        assertEquals("{\"a\":1}", answer.body());
        assertEquals(PROBLEM, answer.contentType());
    }

    private static RawHttp.Answer answer(int status, String contentType, String body) {
        return new RawHttp.Answer(status, contentType.isEmpty() ? Map.of() : Map.of("content-type", contentType), body);
    }
}
