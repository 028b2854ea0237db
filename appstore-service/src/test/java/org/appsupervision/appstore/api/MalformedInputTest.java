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
import java.util.List;
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
    @Test
    void aStoreBodyOfTheWrongTypesOrMediaTypeIsRefusedAndTheStoreIsNotRegistered() {
        Map<String, String> wrong = Map.of("\"active\":\"false\"", "active", "\"active\":0", "active",
                "\"provinceCode\":11", "provinceCode", "\"contacts\":\"\"", "contacts", "\"hostile\":1", "hostile");
        wrong.forEach((field, name) -> given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("""
                {"code":"strict-store","nameZh":"应用商店","nameEn":"Store","company":"公司",%s}"""
                .formatted(name.equals("provinceCode") ? field : field + ",\"provinceCode\":\"11\""))
                .post("/api/stores").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(name)));
        given().auth().oauth2(ADMIN).contentType(ContentType.TEXT).body("""
                {"code":"strict-store","nameZh":"应用商店","nameEn":"Store","company":"公司","provinceCode":"11"}""")
                .post("/api/stores").then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415));
        given().auth().oauth2(ADMIN).get("/api/stores/strict-store")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void queryParametersThatDoNotConvertAre400NamingTheParameter() {
        Map<String, String> unreadable = Map.of("/api/stores/huawei/webhook-deliveries?status=LOST", "status",
                "/api/stores/huawei/webhook-deliveries?limit=ten", "limit",
                "/api/stores/scorecards?from=yesterday", "from", "/api/stores/huawei/scorecard?to=2021-01-01", "to");
        unreadable.forEach((target, name) -> given().auth().oauth2(ADMIN).urlEncodingEnabled(false).get(target)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", equalTo(List.of(name))));
    }
}
