package org.appsupervision.gateway.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.appsupervision.devstack.RawHttp;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** Every problem document the gateway writes itself carries the HTTP status it is sent with. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class ProblemStatusTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final Caller caller = Caller.fresh();

    @Test
    void aLongFieldInTheTokenFormIsJudgedByTheEndpointAndAnOversizedFormIsA413Saying413() {
        String longSecret = "grant_type=client_credentials&client_id=store-huawei&client_secret=" + "s".repeat(3000);
        caller.anonymous().contentType(FORM).body(longSecret).post("/oauth2/token")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("error", equalTo("invalid_client"));
        String oversized = "grant_type=client_credentials&client_id=store-huawei&client_secret=" + "s".repeat(20_000);
        caller.anonymous().contentType(FORM).body(oversized).post("/oauth2/token")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void eachRefusalOfTheGatewaysOwnSaysItsStatus() {
        String official = caller.login("wang.official");
        assertSaysItsStatus(401, caller.anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", "wang.official", "password", "wrong-password-1")).post("/auth/login"));
        assertSaysItsStatus(401, caller.anonymous().get("/admin/accounts"));
        assertSaysItsStatus(403, caller.as(official).get("/admin/accounts"));
        assertSaysItsStatus(400, caller.anonymous().contentType(ContentType.JSON).body("{").post("/auth/login"));
        assertSaysItsStatus(415, caller.anonymous().contentType(ContentType.XML).body("<a/>").post("/auth/login"));
        assertSaysItsStatus(400, caller.anonymous().contentType(FORM).body("grant_type=password").post("/oauth2/token"));
        assertSaysItsStatus(403, caller.anonymous().header("Origin", "https://elsewhere.example")
                .cookie("supervision_token", official).contentType(ContentType.JSON).body("{}").post("/auth/logout"));
        RawHttp.Answer tooLarge = RawHttp.send(RestAssured.port, "POST", "/auth/login", Map.of("X-Forwarded-For",
                caller.address(), "Content-Type", "application/json", "Content-Length", "2097152"));
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.body().contains("\"status\":413"), tooLarge.body());
    }

    @Test
    void eachRefusalOnTheRoutesSaysItsStatus() {
        assertSaysItsStatus(503, Caller.fresh().anonymous().get("/api/penalty/decisions"));
        assertSaysItsStatus(413, caller.anonymous().contentType(ContentType.JSON).body("x".repeat(5000))
                .post("/api/notices"));
    }

    private static void assertSaysItsStatus(int status, Response response) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(status, response.jsonPath().getInt("status"), response.asString());
    }
}
