package org.appsupervision.appstore.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.HostileText;
import org.appsupervision.devstack.RawHttp;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/** Hostile text and escapes in appstore-service's input are a 400 problem naming the field, and register nothing. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class MalformedInputTest {

    private static final String ADMIN = TestTokens.user("li.admin", "admin");

    @Test
    void hostileTextInAStoreIsRefusedByFieldAndTheStoreIsNotRegistered() {
        for (String bad : HostileText.JSON_ESCAPED) {
            String body = """
                    {"code":"hostile-store","nameZh":"应用商店%s","nameEn":"Store","company":"公司",
                     "provinceCode":"11","contacts":[]}""".formatted(bad);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/api/stores")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation")).body("errors.field", hasItem("nameZh"));
        }
        given().auth().oauth2(ADMIN).get("/api/stores/hostile-store")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void storePathIdsWithNulOrBadEscapesAreProblems() {
        given().auth().oauth2(ADMIN).urlEncodingEnabled(false).get("/api/stores/%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("code"));
        for (String escape : HostileText.MALFORMED_ESCAPES) {
            assertEquals(400, RawHttp.send(RestAssured.port, "GET", "/api/stores/" + escape,
                    Map.of("Authorization", "Bearer " + ADMIN)).status(), escape);
        }
        for (String escape : HostileText.NON_UTF8_ESCAPES) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/api/stores/" + escape,
                    Map.of("Authorization", "Bearer " + ADMIN));
            assertEquals(400, answer.status(), escape);
            assertEquals("/problems/malformed-request", new JsonPath(answer.body()).getString("type"), escape);
        }
    }
}
