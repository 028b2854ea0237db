package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** Editing drafts: a draft made from findings or from a re-check's unrectified items keeps its links to them. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class DraftEditingTest {

    static final String OFFICIAL = NoticeKindsTest.OFFICIAL;

    @Test
    void savingADraftFromFindingsUnchangedAnswersTheDraftNotAServerError() {
        String batchId = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("title", "批次", "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 1))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(
                        NoticeKindsTest.finding("com.edit.repro", "huawei", "collect-beyond-scope"))))
                .post("/api/findings").then().statusCode(201);
        List<Object> ids = given().auth().oauth2(OFFICIAL).queryParam("batchId", batchId).get("/api/findings")
                .then().statusCode(200).extract().path("id");
        String title = "关于侵害用户权益行为的APP通报";
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", title, "findingIds", ids, "rectificationDays", 7))
                .post("/api/notices/from-findings").then().statusCode(201).extract().path("id");
        Map<String, Object> app = Map.of("name", "看看新闻", "packageName", "com.edit.repro", "version", "7.0",
                "operator", Map.of("name", "上海看看牛视网络传播有限公司", "creditCode", NoticeFixtures.DOUBAN_OPERATOR_CODE),
                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"), "refusedRectification", false);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", title, "rectificationDays", 7, "apps", List.of(app)))
                .put("/api/notices/" + id)
                .then().statusCode(200).body("items[0].packageName", equalTo("com.edit.repro"));
    }
}
