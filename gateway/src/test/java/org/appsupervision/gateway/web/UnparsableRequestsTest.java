package org.appsupervision.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.RawHttp;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/**
 * What requests get that the HTTP layer refuses before any of the gateway's code runs: a bare status with an empty
 * body, never a service's answer. These are the only answers of the gateway without a
 * problem document; the README ("Requests refused before the gateway's code") says which class answers each and why
 * the gateway cannot answer them itself. Should Quarkus let an application answer them, these tests say so first.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class UnparsableRequestsTest {

    private final Caller caller = Caller.fresh();

    @Test
    void aTargetThatIsNotAUriIsABare400AndNeverReachesAService() {
        int appstoreCalls = StubServices.APPSTORE_CALLS.get();
        for (String target : List.of("/api/public/notices?app=%zz", "/api/public/notices?app=%", "/api/public/notices?app=%4",
                "/api/stores?name=a%zzb", "/api/stores/%zz", "/api/stores/%", "/api/stores?q={x}", "/oauth2/token?x=%zz",
                "/notices?q=%e4%b8%zz")) {
            assertBare(400, send("GET", target, Map.of()), target);
        }
        assertEquals(appstoreCalls, StubServices.APPSTORE_CALLS.get(), "no refused target was passed on");
    }

    @Test
    void aRequestLineOrHeaderOverNettysLimitIsABare414Or431() {
        int appstoreCalls = StubServices.APPSTORE_CALLS.get();
        assertBare(414, send("GET", "/api/stores/" + "a".repeat(10 * 1024), Map.of()), "10 KB id");
        // Up to 20 KB a header reaches the gateway, which answers one over what the services take with a problem
        // (ServiceRoutesTest); beyond, Netty refuses it.
        assertBare(431, send("GET", "/api/stores", Map.of("Idempotency-Key", "k".repeat(21 * 1024))), "21 KB header");
        assertEquals(appstoreCalls, StubServices.APPSTORE_CALLS.get(), "no refused request was passed on");
    }

    @Test
    void aControlCharacterInAHeaderIsABare400() {
        int appstoreCalls = StubServices.APPSTORE_CALLS.get();
        for (String value : List.of("a\u0001b", "a\u001bb", "a\u007fb")) {
            assertBare(400, send("GET", "/api/stores", Map.of("Idempotency-Key", value)), "control character");
        }
        assertEquals(appstoreCalls, StubServices.APPSTORE_CALLS.get(), "no refused request was passed on");
    }

    private RawHttp.Answer send(String method, String target, Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("X-Forwarded-For", caller.address());
        return RawHttp.send(RestAssured.port, method, target, all);
    }

    private static void assertBare(int status, RawHttp.Answer answer, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.head());
        assertNull(answer.contentType(), what + ": " + answer.head());
        assertEquals("", answer.body(), what);
    }
}
