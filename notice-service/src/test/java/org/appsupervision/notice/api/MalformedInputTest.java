package org.appsupervision.notice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.HostileText;
import org.appsupervision.devstack.RawHttp;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Hostile text and escapes in every kind of input of notice-service are a 400 problem naming the field,
 * and nothing of the request is written.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class MalformedInputTest {

    private static final String OFFICIAL = TestTokens.user("wang.official", "official");

    @Test
    void theOpenNoticeSearchRefusesHostileQueryParametersByName() {
        for (String escape : HostileText.BAD_TEXT_ESCAPES) {
            problem(given().urlEncodingEnabled(false).get("/api/public/notices?app=" + escape), 400)
                    .body("type", equalTo("/problems/validation")).body("errors.field", hasItem("app"));
        }
        for (String escape : HostileText.MALFORMED_ESCAPES) {
            assertEquals(400, RawHttp.send(RestAssured.port, "GET", "/api/public/notices?app=" + escape, Map.of()).status());
        }
        for (String escape : HostileText.NON_UTF8_ESCAPES) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/api/public/notices?operator=" + escape, Map.of());
            assertEquals(400, answer.status(), escape);
            JsonPath problem = new JsonPath(answer.body());
            assertEquals("/problems/malformed-request", problem.getString("type"), escape);
            assertEquals(List.of("operator"), problem.getList("errors.field"), escape);
        }
        given().urlEncodingEnabled(false).get("/api/public/notices?app=%E5%BE%AE%E4%BF%A1").then().statusCode(200);
    }

    @Test
    void theOpenNoticeSearchRefusesNumbersDatesAndIdsItCannotRead() {
        for (String query : List.of("page=-1", "page=100001", "size=0", "size=101")) {
            problem(given().urlEncodingEnabled(false).get("/api/public/notices?" + query), 400);
        }
        for (String query : List.of("page=99999999999", "size=abc", "from=2021-13-45", "to=yesterday", "page=1e3")) {
            given().urlEncodingEnabled(false).get("/api/public/notices?" + query).then()
                    .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500))).contentType("application/problem+json");
        }
        problem(given().urlEncodingEnabled(false).get("/api/public/notices/not-a-uuid"), 404);
        problem(given().urlEncodingEnabled(false).get("/api/public/notices/%00"), 400);
    }

    @Test
    void hostileTextInADraftNoticeIsRefusedByFieldAndNothingIsDrafted() {
        String marker = "marker-" + UUID.randomUUID();
        for (String bad : HostileText.JSON_ESCAPED) {
            String body = """
                    {"kind":"TAKEDOWN","title":"%s","apps":[{"name":"豆瓣%s","packageName":"com.douban.frodo",
                     "version":"7.1.0","operator":{"name":"豆瓣运营公司","creditCode":"91110108551385082Q"},
                     "problems":["collect-beyond-scope"],"stores":["huawei"],"refusedRectification":true}]}"""
                    .formatted(marker, bad);
            problem(given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/notices"), 400)
                    .body("type", equalTo("/problems/validation")).body("errors.field", hasItem("apps.[0].name"));
        }
        given().auth().oauth2(OFFICIAL).get("/api/notices").then().statusCode(200)
                .body("title", not(hasItem(startsWith(marker))));
    }

    @Test
    void hostileTextInABatchIsRefusedByFieldAndNothingIsRecorded() {
        String marker = "marker-" + UUID.randomUUID();
        for (String bad : HostileText.JSON_ESCAPED) {
            String body = """
                    {"title":"%s%s","runBy":"MINISTRY","runFrom":"2021-10-01","runTo":"2021-10-20","appsTested":12}"""
                    .formatted(marker, bad);
            problem(given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/batches"), 400)
                    .body("errors.field", hasItem("title"));
        }
        given().auth().oauth2(OFFICIAL).get("/api/batches?limit=1000").then().statusCode(200)
                .body("title", not(hasItem(startsWith(marker))));
    }

    @Test
    void hostileTextInAnAppOrItsPathIsRefusedByFieldAndNothingIsRegistered() {
        String packageName = "com.marker.a" + UUID.randomUUID().toString().substring(0, 8);
        for (String bad : HostileText.JSON_ESCAPED) {
            String body = """
                    {"name":"唱吧","packageName":"%s","operator":{"name":"北京%s","creditCode":"91110108551385082Q"}}"""
                    .formatted(packageName, bad);
            problem(given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body)
                    .put("/api/apps/" + packageName), 400).body("errors.field", hasItem("operator.name"));
        }
        for (String escape : HostileText.BAD_TEXT_ESCAPES) {
            problem(given().auth().oauth2(OFFICIAL).urlEncodingEnabled(false).contentType(ContentType.JSON)
                    .body("{\"name\":\"x\"}").put("/api/apps/com.a" + escape), 400)
                    .body("errors.field", hasItem("packageName"));
        }
        problem(given().auth().oauth2(OFFICIAL).get("/api/apps/" + packageName), 404);
    }

    @Test
    void bodiesOfTheWrongShapeOrMediaTypeAreProblems() {
        for (String body : List.of("[]", "\"text\"", "42", "null", "", "{", "{\"title\":{}}", "{\"runBy\":\"KING\"}")) {
            problem(given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/batches"), 400);
        }
        problem(given().auth().oauth2(OFFICIAL).contentType(ContentType.XML).body("<batch/>").post("/api/batches"), 415);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/api/batches",
                Map.of("Authorization", "Bearer " + OFFICIAL, "X-Trace", "a\u0001b"));
        // The HTTP layer refuses control characters in headers itself (a bare 400); the shared check is behind it.
        assertEquals(400, answer.status(), answer.head() + "\n" + answer.body());
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json");
    }
}
