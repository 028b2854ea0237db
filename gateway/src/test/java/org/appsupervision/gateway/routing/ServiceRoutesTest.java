package org.appsupervision.gateway.routing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.RawRequests;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class ServiceRoutesTest {

    private final Caller caller = Caller.fresh();

    @Test
    void theRequestIdAndTheTokenReachTheServiceAndTheIdComesBack() {
        caller.anonymous().header("X-Request-Id", "req-2021-11-03-0001").header("Authorization", "Bearer abc.def.ghi")
                .get("/api/notices/42")
                .then().statusCode(200)
                .header("X-Request-Id", "req-2021-11-03-0001")
                .body("path", equalTo("/api/notices/42"))
                .body("requestId", equalTo("req-2021-11-03-0001"))
                .body("authorization", equalTo("Bearer abc.def.ghi"));
        String generated = caller.anonymous().header("X-Request-Id", "bad id with spaces\u0001")
                .get("/api/reference/provinces")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().path("requestId");
        assertTrue(generated.matches("[0-9a-f-]{36}"));
    }

    @Test
    void theGatewaysOwnCookiesNeverReachTheService() {
        caller.anonymous().header("Authorization", "Bearer abc.def.ghi")
                .cookie("supervision_token", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln").cookie("lang", "en")
                .get("/api/notices/42")
                .then().statusCode(200)
                .body("authorization", equalTo("Bearer abc.def.ghi"))
                .body("cookie", nullValue());
    }

    @Test
    void headersWithEmptyOrOddButLegalValuesGoThroughTheProxyAsTheyAre() {
        // Byte for byte on a socket: an HTTP client library would trim, refuse or re-encode some of these.
        String obsText = new String("密钥".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        for (String value : List.of("", "a\tb", "\"quoted\", with; commas=and/slashes?&%zz#", "k".repeat(4000))) {
            assertEquals(value, echoedIdempotencyKey("Idempotency-Key: " + value + "\r\n"), value);
        }
        assertEquals("", echoedIdempotencyKey("Idempotency-Key:\r\nAccept:\r\nUser-Agent: \r\nX-Empty:\r\n"));
        assertEquals(obsText, echoedIdempotencyKey("Idempotency-Key: 密钥\r\n"));
    }

    @Test
    void aRefusalByTheServicesHttpLayerIsAProblemAndItsClosingConnectionBreaksNoOtherRequest() {
        awaitAppstoreRouteClosed();
        for (int i = 0; i < 3; i++) {
            caller.anonymous().get("/api/orders/refused").then().statusCode(431)
                    .contentType("application/problem+json").body("status", equalTo(431))
                    .body("type", equalTo("/problems/refused-by-service"));
            // The service closes the refused connection once it is used again; the gateway must not reuse it.
            Caller.fresh().anonymous().contentType("application/json").body("{}")
                    .post("/api/stores").then().statusCode(200);
        }
    }

    @Test
    void headersLargerThanTheServicesTakeAreRefusedAtTheGatewayAndNeverPassedOn() {
        awaitAppstoreRouteClosed();
        int calls = StubServices.APPSTORE_CALLS.get();
        caller.anonymous().header("Idempotency-Key", "k".repeat(9000)).contentType("application/json").body("{}")
                .post("/api/stores").then().statusCode(431).contentType("application/problem+json")
                .body("status", equalTo(431)).body("type", equalTo("/problems/request-headers-too-large"));
        assertEquals(calls, StubServices.APPSTORE_CALLS.get(), "the request was not passed on");
        caller.anonymous().header("Idempotency-Key", "k".repeat(7000)).contentType("application/json").body("{}")
                .post("/api/stores").then().statusCode(200);
        // The next request goes through as before: nothing was left broken.
        Caller.fresh().anonymous().contentType("application/json").body("{}").post("/api/stores").then().statusCode(200);
    }

    /** Posts through the gateway with these header lines and answers the Idempotency-Key the service received. */
    private String echoedIdempotencyKey(String headerLines) {
        String body = "{}";
        String answer = RawRequests.answerToHead("POST /api/notices/echo HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-For: " + caller.address() + "\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + headerLines + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer.length() > 300 ? answer.substring(0, 300) : answer);
        String json = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        return new io.vertx.core.json.JsonObject(json).getString("idempotencyKey");
    }

    @Test
    void aLinkTheServiceBuildsFromItsOwnAddressLeadsBackThroughTheGateway() {
        caller.anonymous().get("/api/findings/imports/42")
                .then().statusCode(200).header("Location", equalTo("/api/findings/imports/42"));
    }

    @Test
    void aListsNextLinkPassesThroughTheGatewayAndLeadsToTheNextPage() {
        io.restassured.response.Response first = caller.anonymous().urlEncodingEnabled(false)
                .get("/api/apps?name=%E8%B1%86&limit=1");
        first.then().statusCode(200).body("[0].packageName", equalTo("com.a"))
                .header("Link", equalTo("</api/apps?name=%E8%B1%86&limit=1&after=c1>; rel=\"next\""));
        String next = first.header("Link").substring(1, first.header("Link").indexOf('>'));
        caller.anonymous().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("[0].packageName", equalTo("com.b")).header("Link", nullValue());
    }

    @Test
    void aNextLinkTheServiceBuildsFromItsOwnAddressLeadsBackThroughTheGateway() {
        caller.anonymous().get("/api/apps?absolute=yes").then().statusCode(200)
                .header("Link", equalTo("</api/apps?absolute=yes&after=c1>; rel=\"next\""));
    }

    @Test
    void everyPublicPrefixOfTheServicesIsRouted() {
        for (String path : java.util.List.of("/api/findings/imports/1", "/api/batches/routed", "/api/apps/com.example",
                "/api/reference/holidays/2021")) {
            caller.anonymous().get(path).then().statusCode(200).body("path", equalTo(path));
        }
        Caller.fresh().anonymous().get("/public/penalty/decisions").then().statusCode(503);
        caller.anonymous().get("/api/unknown").then().statusCode(404);
    }

    @Test
    void proxiedAnswersCarryTheSecurityHeadersAndNoServerBanner() {
        caller.anonymous().get("/api/notices").then().statusCode(200)
                .header("Server", nullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void aServiceThatIsDownAnswersWithAProblemNotAnEmpty502() {
        caller.anonymous().get("/api/penalty/proposals")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/unavailable"))
                .body("title", containsString("Service unavailable"))
                .body("detail", containsString("penalty"));
    }

    @Test
    void aSlowServiceTimesOutWithAProblem() {
        caller.anonymous().get("/api/orders/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo("/problems/upstream-timeout"));
    }

    @Test
    void aServiceThatSaysItIsUnavailableOpensItsCircuitAndOtherServicesAreUnaffected() {
        awaitAppstoreRouteClosed();
        int passedOn = 0;
        int heldBack = 0;
        for (int i = 0; i < 20; i++) {
            io.restassured.response.Response response = caller.anonymous().get("/api/orders/unavailable");
            assertEquals(503, response.statusCode());
            if (response.body().asString().contains("stub is overloaded")) {
                passedOn++;
            } else if (response.body().asString().contains("holding requests back")) {
                heldBack++;
            }
        }
        assertTrue(passedOn >= 5, "the service's own 503s are passed on until the circuit opens: " + passedOn);
        assertTrue(heldBack >= 5, "then the gateway holds requests back: " + heldBack);
        int callsBefore = StubServices.APPSTORE_CALLS.get();
        Caller.fresh().anonymous().get("/api/stores").then().statusCode(503)
                .body("detail", containsString("appstore"));
        assertEquals(callsBefore, StubServices.APPSTORE_CALLS.get(), "an open circuit does not call the service");
        Caller.fresh().anonymous().get("/api/notices").then().statusCode(200);
        awaitAppstoreRouteClosed();
    }

    @Test
    void errorsOneClientProvokesLeaveTheServiceAvailableToOthers() {
        awaitAppstoreRouteClosed();
        for (int i = 0; i < 30; i++) {
            // Every 500 is passed on as the service answered it; none of them closes the route.
            caller.anonymous().get("/api/orders/broken").then().statusCode(500)
                    .body("type", equalTo("/problems/internal"));
        }
        Caller.fresh().anonymous().get("/api/stores").then().statusCode(200);
    }

    @Test
    void aServiceThatIsDownOpensItsCircuit() {
        boolean heldBack = false;
        for (int i = 0; i < 20 && !heldBack; i++) {
            io.restassured.response.Response response = caller.anonymous().get("/api/penalty/cases");
            assertEquals(503, response.statusCode());
            heldBack = response.body().asString().contains("holding requests back");
        }
        assertTrue(heldBack, "refused connections open the circuit");
    }

    private void awaitAppstoreRouteClosed() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> Caller.fresh().anonymous().get("/api/stores").then().extract().statusCode() == 200);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItReachesTheService() {
        caller.anonymous().contentType("application/json").body("{\"x\":\"" + "y".repeat(5000) + "\"}")
                .post("/api/notices")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        caller.anonymous().contentType("application/json").body("{\"x\":1}").post("/api/notices")
                .then().statusCode(200).body("bodyLength", equalTo(7));
    }

    @Test
    void aStreamedBodyOverTheLimitIsCutAndDoesNotCountAgainstTheService() {
        for (int i = 0; i < 12; i++) {
            // No Content-Length: the body is streamed (chunked) and cut at the route's limit (4096 in the tests).
            String answer = RawRequests.answerToNeverEndingBody("POST /api/notices HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Forwarded-For: " + caller.address() + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        }
        caller.anonymous().contentType("application/json").body(new java.io.ByteArrayInputStream("{\"x\":1}".getBytes()))
                .post("/api/notices").then().statusCode(200).body("bodyLength", equalTo(7));
    }

    @Test
    void anUploadRouteTakesABodyOfSeveralMegabytesButOnlyAsAnUpload() {
        String path = "/api/findings/imports/" + UUID.randomUUID() + "/file";
        byte[] file = "com.example.app,示例,1.0\n".repeat(250_000).getBytes(StandardCharsets.UTF_8);
        assertTrue(file.length > 6_000_000);
        caller.anonymous().contentType("text/csv").body(file).put(path)
                .then().statusCode(200).body("bodyLength", equalTo(file.length));
        caller.anonymous().contentType("application/x-ndjson").body(new java.io.ByteArrayInputStream(file)).put(path)
                .then().statusCode(200).body("bodyLength", equalTo(file.length));
        String refused = RawRequests.answerToHead("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                + caller.address() + "\r\nContent-Type: application/json\r\nContent-Length: " + file.length + "\r\n\r\n");
        assertTrue(refused.startsWith("HTTP/1.1 413"), refused);
        assertTrue(refused.contains("/problems/payload-too-large"), refused);
    }

    @Test
    void aClientThatExpectsContinueIsToldToSendItsBodyThroughTheGateway() throws IOException {
        // curl asks "Expect: 100-continue" before a body of over a megabyte, as an import file is
        String body = "{\"x\":1}";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/findings/imports/42/file HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                    + caller.address() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(socket.getInputStream().readNBytes(25),
                    StandardCharsets.US_ASCII));
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200", answer);
            StringBuilder rest = new StringBuilder();
            while (!rest.toString().endsWith("}")) {
                rest.append((char) socket.getInputStream().read());
            }
            // The gateway answered the Expect itself; the service is not asked again.
            assertTrue(rest.toString().contains("\"expect\":null"), rest.toString());
        }
    }

    @Test
    void corsIsClosed() {
        caller.anonymous().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/notices")
                .then().header("Access-Control-Allow-Origin", nullValue());
        caller.anonymous().header("Origin", "https://evil.example").get("/.well-known/jwks.json")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theStandaloneNoticeDocumentMayCarryItsOwnStylesButNoScript() {
        List<String> document = caller.anonymous().get("/api/public/notices/" + UUID.randomUUID() + "/document")
                .then().extract().headers().getValues("Content-Security-Policy");
        assertEquals(1, document.size(), document.toString());
        assertTrue(document.get(0).contains("default-src 'none'"), document.get(0));
        assertTrue(document.get(0).contains("style-src 'unsafe-inline'"), document.get(0));
        assertFalse(document.get(0).contains("script-src"), document.get(0));
        List<String> list = caller.anonymous().get("/api/public/notices").then().extract().headers()
                .getValues("Content-Security-Policy");
        assertEquals(1, list.size(), list.toString());
        assertTrue(list.get(0).contains("style-src 'self';"), list.get(0));
    }

    @Test
    void theGatewaysOwnAnswersCarryTheSecurityHeaders() {
        caller.anonymous().get("/.well-known/jwks.json").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", containsString("includeSubDomains"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Server", nullValue());
    }
}
