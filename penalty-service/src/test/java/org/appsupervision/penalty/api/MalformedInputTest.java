package org.appsupervision.penalty.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.HostileText;
import org.appsupervision.devstack.RawHttp;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.penalty.cases.CaseDriver;
import org.junit.jupiter.api.Test;

/** Hostile text and escapes in penalty-service's input are a 400 problem naming the field, and open no case. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class MalformedInputTest {

    private static final String BUREAU = TestTokens.bureau("zhao.bj", "11");

    @Test
    void hostileTextInANewCaseIsRefusedByFieldAndNoCaseIsOpened() {
        String marker = "marker-" + UUID.randomUUID();
        for (String bad : HostileText.JSON_ESCAPED) {
            String body = """
                    {"subjectKind":"OPERATOR","subjectName":"%s","subjectCode":"91110108551385082Q",
                     "facts":"超范围收集%s","chainId":"%s"}""".formatted(marker, bad, UUID.randomUUID());
            given().auth().oauth2(BUREAU).contentType(ContentType.JSON).body(body).post("/api/penalty/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation")).body("errors.field", hasItem("facts"));
        }
        given().auth().oauth2(BUREAU).get("/api/penalty/cases").then().statusCode(200)
                .body("subjectName", not(hasItem(marker)));
    }

    @Test
    void casesRefuseUnknownStagesBadIdsAndBadEscapesAsProblems() {
        given().auth().oauth2(BUREAU).get("/api/penalty/cases?stage=EMPEROR")
                .then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500))).contentType("application/problem+json");
        given().auth().oauth2(BUREAU).get("/api/penalty/cases/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(BUREAU).urlEncodingEnabled(false).get("/api/penalty/cases?stage=%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("stage"));
        for (String escape : HostileText.MALFORMED_ESCAPES) {
            assertEquals(400, RawHttp.send(RestAssured.port, "GET", "/api/penalty/cases/" + escape,
                    Map.of("Authorization", "Bearer " + BUREAU)).status(), escape);
        }
        for (String escape : HostileText.NON_UTF8_ESCAPES) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/api/penalty/cases/" + escape,
                    Map.of("Authorization", "Bearer " + BUREAU));
            assertEquals(400, answer.status(), escape);
            assertEquals("/problems/malformed-request", new JsonPath(answer.body()).getString("type"), escape);
        }
        for (String body : List.of("[]", "\"case\"", "", "{\"subjectKind\":\"KING\"}", "{\"links\":{}}")) {
            given().auth().oauth2(BUREAU).contentType(ContentType.JSON).body(body).post("/api/penalty/cases")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(BUREAU).contentType(ContentType.TEXT).body("case").post("/api/penalty/cases")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aJsonBodySentAsTextIsA415AndRecordsNoInvestigator() {
        String id = CaseDriver.open(BUREAU, CaseDriver.daysAgo(0));
        for (String body : List.of("{\"name\":\"钱七\"}", "钱七")) {
            given().auth().oauth2(BUREAU).contentType(ContentType.TEXT).body(body)
                    .post("/api/penalty/cases/" + id + "/investigators")
                    .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        }
        given().auth().oauth2(BUREAU).get("/api/penalty/cases/" + id).then().statusCode(200)
                .body("investigators", equalTo(List.of()));
    }

    @Test
    void anEmptyDateOrAFractionOfDaysIsRefusedByFieldAndTheCaseStaysAsItWas() {
        String id = CaseDriver.open(BUREAU, CaseDriver.daysAgo(0));
        String stage = given().auth().oauth2(BUREAU).get("/api/penalty/cases/" + id).then().statusCode(200)
                .extract().path("stage");
        given().auth().oauth2(BUREAU).contentType(ContentType.JSON).body("{\"on\":\"\"}")
                .post("/api/penalty/cases/" + id + "/investigation")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("on")));
        for (String days : List.of("1.5", "\"30\"", "\"\"")) {
            given().auth().oauth2(BUREAU).contentType(ContentType.JSON).body("{\"reason\":\"案情复杂\",\"days\":" + days + "}")
                    .post("/api/penalty/cases/" + id + "/decision-extension")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("days")));
        }
        given().auth().oauth2(BUREAU).get("/api/penalty/cases/" + id).then().statusCode(200)
                .body("stage", equalTo(stage));
    }

    @Test
    void anUnknownStageIsA400NamingTheParameter() {
        given().auth().oauth2(BUREAU).get("/api/penalty/cases?stage=EMPEROR").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("stage")));
    }
    @Test
    void stepsThatTakeTodayWithoutABodySayTheirBodyIsOptional() {
        JsonPath document = new JsonPath(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        for (String path : List.of("/api/penalty/cases/{id}/investigation", "/api/penalty/cases/{id}/hearing-request",
                "/api/penalty/cases/{id}/decision/approval", "/api/penalty/cases/{id}/service",
                "/api/penalty/cases/{id}/publication", "/api/penalty/proposals/{id}/filing")) {
            assertEquals(false, document.getBoolean("paths.'" + path + "'.post.requestBody.required"), path);
        }
        assertEquals(true, document.getBoolean("paths.'/api/penalty/cases/{id}/investigators'.post.requestBody.required"));
        String id = CaseDriver.open(BUREAU, CaseDriver.daysAgo(0));
        given().auth().oauth2(BUREAU).contentType(ContentType.JSON).post("/api/penalty/cases/" + id + "/investigation")
                .then().statusCode(200).body("stage", equalTo("INVESTIGATION"));
    }
}
