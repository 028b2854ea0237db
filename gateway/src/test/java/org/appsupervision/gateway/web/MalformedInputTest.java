package org.appsupervision.gateway.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.HostileText;
import org.appsupervision.devstack.RawHttp;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The gateway's own endpoints answer hostile text and escapes with a 400 problem naming the field, and write nothing. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class MalformedInputTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final List<String> BAD_ESCAPES = HostileText.BAD_PERCENT_ESCAPES;

    private final Caller caller = Caller.fresh();

    @Test
    void aNulOrLoneSurrogateInTheLoginJsonIsA400NamingTheField() {
        for (String json : List.of("{\"username\":\"admin\\u0000\",\"password\":\"x\"}",
                "{\"username\":\"\\ud800\",\"password\":\"x\"}")) {
            caller.anonymous().contentType(ContentType.JSON).body(json).post("/auth/login")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation")).body("errors.field", hasItem("username"));
        }
        caller.anonymous().contentType(ContentType.JSON).body("{\"username\":\"admin\",\"password\":\"a\\u0007\"}")
                .post("/auth/login").then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void theLoginJsonMustBeAnObjectOfTheRightTypeAndMediaType() {
        for (String json : List.of("[]", "\"admin\"", "42", "{\"username\":[\"admin\"],\"password\":\"x\"}", "{", "")) {
            caller.anonymous().contentType(ContentType.JSON).body(json).post("/auth/login")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        caller.anonymous().contentType(ContentType.XML).body("<login/>").post("/auth/login")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aBadEscapeInTheTokenFormIsAnOAuthInvalidRequest() {
        for (String escape : BAD_ESCAPES) {
            caller.anonymous().contentType(FORM).body("grant_type=client_credentials&client_id=" + escape
                    + "&client_secret=x").post("/oauth2/token")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("error", equalTo("invalid_request")).body("error_description", containsString("client_id"));
        }
        caller.anonymous().contentType(FORM).body("grant_type=client_credentials&client_id=a%00b&client_secret=x")
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void aBadEscapeOrNulInThePortalLoginFormIsA400NamingTheField() {
        for (String escape : BAD_ESCAPES) {
            caller.anonymous().header("Sec-Fetch-Site", "same-origin").contentType(FORM)
                    .body("username=" + escape + "&password=x").post("/login")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("username"));
        }
        caller.anonymous().header("Sec-Fetch-Site", "same-origin").contentType(FORM)
                .body("username=admin&password=%00").post("/login")
                .then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void aNulPathIdOnTheAdminRoutesIsA400AndChangesNothing() {
        String admin = caller.login("admin");
        int accounts = caller.as(admin).get("/admin/accounts").then().statusCode(200).extract().path("size()");
        for (String path : List.of("/admin/accounts/%00/disabling", "/admin/accounts/a%00b/unlocking",
                "/admin/clients/%00/secrets", "/admin/clients/%e4%b8/revocation", "/admin/accounts/%ff/enabling",
                "/admin/clients/%1B/secrets")) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", path,
                    Map.of("Authorization", "Bearer " + admin, "X-Forwarded-For", caller.address()));
            assertEquals(400, answer.status(), path);
            assertEquals("application/problem+json", answer.contentType(), path + "\n" + answer.head());
        }
        for (String escape : HostileText.MALFORMED_ESCAPES) {
            assertEquals(400, RawHttp.send(RestAssured.port, "POST", "/admin/accounts/" + escape + "/disabling",
                    Map.of("Authorization", "Bearer " + admin, "X-Forwarded-For", caller.address())).status(), escape);
        }
        caller.as(admin).urlEncodingEnabled(false).post("/admin/accounts/%00/disabling")
                .then().body("errors.field", hasItem("username"));
        caller.as(admin).contentType(ContentType.JSON)
                .body("{\"username\":\"x\",\"displayName\":\"a\\u0000\",\"roles\":[\"official\"],\"password\":\"Strong-pass-2021\"}")
                .post("/admin/accounts").then().statusCode(400).body("errors.field", hasItem("displayName"));
        caller.as(admin).contentType(ContentType.JSON)
                .body("{\"username\":\"y\",\"displayName\":\"y\",\"roles\":[\"\\udc00\"],\"password\":\"Strong-pass-2021\"}")
                .post("/admin/accounts").then().statusCode(400).body("errors.field", hasItem("roles[0]"));
        caller.as(admin).get("/admin/accounts").then().statusCode(200).body("size()", equalTo(accounts));
    }

    @Test
    void aNulInAQueryParameterOrHeaderIsA400NamingIt() {
        caller.anonymous().urlEncodingEnabled(false).get("/login?reason=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        for (String escape : HostileText.NON_UTF8_ESCAPES) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/login?return=" + escape,
                    Map.of("X-Forwarded-For", caller.address()));
            assertEquals(400, answer.status(), escape);
            assertTrue(answer.body().contains("/problems/malformed-request"), answer.head() + "\n" + answer.body());
            assertTrue(answer.body().contains("\"return\""), answer.body());
        }
        assertEquals(400, RawHttp.send(RestAssured.port, "GET", "/login?return=%zz",
                Map.of("X-Forwarded-For", caller.address())).status());
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/login",
                Map.of("X-Forwarded-For", caller.address(), "X-Note", "a\u0001b"));
        // The HTTP layer refuses control characters in headers itself (a bare 400); the shared check is behind it.
        assertEquals(400, answer.status(), answer.head() + "\n" + answer.body());
    }
}
