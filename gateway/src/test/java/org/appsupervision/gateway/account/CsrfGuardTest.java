package org.appsupervision.gateway.account;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.appsupervision.gateway.web.CsrfGuard;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** A state-changing request carried by the login cookie must come from the gateway's own pages. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class CsrfGuardTest {

    private final Caller caller = Caller.fresh();
    private final Map<String, String> change = Map.of("currentPassword", "wrong-one-1", "newPassword", "x");

    @Test
    void aCrossSiteRequestWithTheCookieIsRefused() {
        String token = caller.login("wang.official");
        caller.anonymous().cookie("supervision_token", token).header("Origin", "https://evil.example")
                .contentType(ContentType.JSON).body(change).post("/auth/password")
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/csrf"));
        caller.anonymous().cookie("supervision_token", token).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON).body(change).post("/api/notices")
                .then().statusCode(403);
        caller.anonymous().cookie("supervision_token", token)
                .contentType(ContentType.JSON).body(change).post("/auth/password")
                .then().statusCode(403);
    }

    @Test
    void sameOriginRequestsAndBearerTokensPass() {
        String token = caller.login("wang.official");
        caller.anonymous().cookie("supervision_token", token).header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.JSON).body(change).post("/auth/password")
                .then().statusCode(400);
        caller.as(token).header("Origin", "https://evil.example")
                .contentType(ContentType.JSON).body(change).post("/auth/password")
                .then().statusCode(400);
        caller.anonymous().cookie("supervision_token", token).get("/admin/accounts").then().statusCode(403);
    }

    @Test
    void anOriginThatOnlyStartsWithTheGatewaysIsAnotherSiteNotAFailure() {
        String token = caller.login("wang.official");
        String own = "http://localhost:" + io.restassured.RestAssured.port;
        for (String origin : List.of(own + "evil.com", own + "@evil.com", "http://evil.com#@" + own.substring(7),
                own + "/path", "javascript:alert(1)", "http://", "http://[::1", "%zz", "http://local host")) {
            caller.anonymous().cookie("supervision_token", token).header("Origin", origin)
                    .contentType(ContentType.JSON).body(change).post("/auth/password")
                    .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/csrf"));
        }
    }

    @Test
    void onlyAPlainSchemeHostAndPortIsTheSameOrigin() {
        org.junit.jupiter.api.Assertions.assertTrue(CsrfGuard.sameOrigin(null, "http://localhost:8080", "localhost:8080"));
        org.junit.jupiter.api.Assertions.assertTrue(CsrfGuard.sameOrigin(null, "https://Gateway.example", "gateway.example"));
        for (String origin : List.of("http://localhost:8080evil.com", "http://localhost:8080@x", "http://x@localhost:8080",
                "ftp://localhost:8080", "http://localhost:8080/", "http://localhost:8080?q", "null", "")) {
            org.junit.jupiter.api.Assertions.assertFalse(CsrfGuard.sameOrigin(null, origin, "localhost:8080"), origin);
        }
        org.junit.jupiter.api.Assertions.assertFalse(CsrfGuard.sameOrigin(null, "http://localhost:8080", null));
    }
}
