package org.appsupervision.notice.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.notice.notice.RectificationDeadline;
import org.junit.jupiter.api.Test;

/** A re-check records "rectified" at any time, and "not rectified" only once the item's deadline has passed. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class RectificationRecordingTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");

    @Inject
    RectificationDeadlineWatch deadlineWatch;

    static Map<String, Object> app(String pkg) {
        return Map.of("name", "复检应用", "packageName", pkg, "version", "1.0",
                "operator", Map.of("name", "北京豆网科技有限公司", "creditCode", "91110108551385082Q"),
                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"), "refusedRectification", false);
    }

    static JsonPath published(String pkgA, String pkgB) {
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "rectificationDays", 10,
                        "apps", List.of(app(pkgA), app(pkgB))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        return given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(200)
                .extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse record(JsonPath notice, int item, Map<String, Object> body) {
        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body)
                .put("/api/notices/" + notice.getString("id") + "/items/" + notice.getString("items[" + item + "].itemId")
                        + "/rectification").then();
    }

    @Test
    void notRectifiedWaitsForTheDeadlineWhileRectifiedIsRecordedAnyTime() {
        JsonPath notice = published("com.recheck.early", "com.recheck.fixed");
        String deadline = RectificationDeadline.today().plusDays(10).toString();
        record(notice, 0, Map.of("reason", "官方认定", "status", "NOT_RECTIFIED", "note", "复测仍存在问题")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/deadline-not-passed"))
                .body("title", equalTo(RectificationProblem.DEADLINE_NOT_PASSED.title()))
                .body("title", containsString(" / "))
                .body("detail", containsString(deadline));
        record(notice, 1, Map.of("reason", "官方认定", "status", "RECTIFIED", "fixedVersion", "1.1")).statusCode(204);
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + notice.getString("id")).then()
                .body("items[0].rectification.status", equalTo("PENDING"))
                .body("items[1].rectification.status", equalTo("RECTIFIED"));
    }

    @Test
    void notRectifiedIsRecordedOnceTheDeadlineHasPassed() {
        JsonPath notice = published("com.recheck.late", "com.recheck.late2");
        deadlineWatch.passDeadlinesBefore(RectificationDeadline.today().plusDays(60));
        record(notice, 0, Map.of("reason", "官方认定", "status", "NOT_RECTIFIED", "note", "复测仍存在问题")).statusCode(204);
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + notice.getString("id")).then()
                .body("items[0].rectification.status", equalTo("NOT_RECTIFIED"))
                .body("items[0].rectification.setBy", equalTo("wang.official"));
    }
}
