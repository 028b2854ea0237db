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
    void theOpenNoticeSearchRefusesNumbersDatesAndIdsItCannotReadNamingTheParameter() {
        for (String query : List.of("page=-1", "page=100001", "size=0", "size=101")) {
            problem(given().urlEncodingEnabled(false).get("/api/public/notices?" + query), 400);
        }
        Map<String, String> unreadable = Map.of("page=abc", "page", "page=99999999999", "page", "size=99999999999", "size",
                "size=abc", "size", "from=2021-13-45", "from", "to=yesterday", "to", "page=1e3", "page");
        unreadable.forEach((query, parameter) -> problem(given().urlEncodingEnabled(false)
                .get("/api/public/notices?" + query), 400)
                .body("type", equalTo("/problems/validation")).body("status", equalTo(400))
                .body("errors.field", equalTo(List.of(parameter))));
        // A path id that is not a UUID names no object that could exist: not found, as for any unknown id.
        problem(given().urlEncodingEnabled(false).get("/api/public/notices/not-a-uuid"), 404);
        problem(given().urlEncodingEnabled(false).get("/api/public/notices/%00"), 400);
    }

    @Test
    void anAnswerTheOperationCannotGiveIsA406ProblemThatSays406() {
        problem(given().accept(ContentType.JSON).get("/api/public/notices/" + UUID.randomUUID() + "/document"), 406)
                .body("status", equalTo(406)).body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void numbersDatesAndIdsOnlyInTheirOwnJsonTypeAndNothingIsDrafted() {
        String marker = "marker-" + UUID.randomUUID();
        Map<String, String> wrong = Map.of("\"rectificationDays\":1.5", "rectificationDays",
                "\"rectificationDays\":\"7\"", "rectificationDays", "\"deadline\":\"\"", "deadline",
                "\"withdrawsNoticeId\":\"\"", "withdrawsNoticeId", "\"workingDays\":1", "workingDays",
                "\"hostileUnknownField\":\"x\"", "hostileUnknownField", "\"title\":\"again\"", "title" /* twice */,
                "\"kind\":0", "kind");
        wrong.forEach((field, name) -> {
            String body = """
                    {"kind":"RECTIFICATION","title":"%s","apps":[{"name":"豆瓣","packageName":"com.douban.frodo",
                     "operator":{"name":"豆瓣运营公司","creditCode":"91110108551385082Q"},"problems":["collect-beyond-scope"],
                     "refusedRectification":false}]%s}""".formatted(marker, field.startsWith("\"kind\"") ? "" : "," + field)
                    .replace("\"kind\":\"RECTIFICATION\"", field.startsWith("\"kind\"") ? field : "\"kind\":\"RECTIFICATION\"");
            problem(given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/notices"), 400)
                    .body("status", equalTo(400)).body("errors.field", hasItem(name));
        });
        given().auth().oauth2(OFFICIAL).get("/api/notices").then().statusCode(200)
                .body("title", not(hasItem(startsWith(marker))));
    }

    @Test
    void aFractionForAWholeNumberIsRefusedByFieldAndNoBatchIsRecorded() {
        String marker = "marker-" + UUID.randomUUID();
        for (String appsTested : List.of("1.5", "1.0", "\"12\"", "99999999999", "\"\"")) {
            String body = """
                    {"title":"%s","runBy":"MINISTRY","runFrom":"2021-10-01","runTo":"2021-10-20","appsTested":%s}"""
                    .formatted(marker, appsTested);
            problem(given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/batches"), 400)
                    .body("errors.field", equalTo(List.of("appsTested")));
        }
        given().auth().oauth2(OFFICIAL).get("/api/batches?limit=1000").then().statusCode(200)
                .body("title", not(hasItem(startsWith(marker))));
    }

    @Test
    void aJsonBodySentAsAnotherMediaTypeIsA415AndNothingIsRecorded() {
        String marker = "marker-" + UUID.randomUUID();
        String body = """
                {"title":"%s","runBy":"MINISTRY","runFrom":"2021-10-01","runTo":"2021-10-20","appsTested":12}"""
                .formatted(marker);
        for (String type : List.of("text/plain", "text/plain; charset=UTF-8", "application/x-www-form-urlencoded",
                "application/octet-stream", "multipart/form-data; boundary=x")) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/api/batches",
                    Map.of("Authorization", "Bearer " + OFFICIAL, "Content-Type", type), body);
            assertEquals(415, answer.status(), type + ": " + answer.body());
            assertEquals("application/problem+json", answer.contentType(), type);
            JsonPath problem = new JsonPath(answer.body());
            assertEquals(415, problem.getInt("status"), type);
            assertEquals("/problems/unsupported-media-type", problem.getString("type"), type);
        }
        RawHttp.Answer untyped = RawHttp.send(RestAssured.port, "POST", "/api/batches",
                Map.of("Authorization", "Bearer " + OFFICIAL), body);
        assertEquals(415, untyped.status(), untyped.body());
        given().auth().oauth2(OFFICIAL).get("/api/batches?limit=1000").then().statusCode(200)
                .body("title", not(hasItem(startsWith(marker))));
        given().auth().oauth2(OFFICIAL).contentType("application/json; charset=UTF-8").body(body).post("/api/batches")
                .then().statusCode(201);
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
                    .body("type", equalTo("/problems/validation")).body("errors.field", hasItem("apps[0].name"));
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
        return response.then().log().ifValidationFails().statusCode(status).contentType("application/problem+json");
    }
}
