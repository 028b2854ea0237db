package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/** Four eyes through every path that shapes a notice's content: nobody who drafted or edited it approves it. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class FourEyesPathsTest {

    /** Officials who also hold the approver role: the only ones who could approve what they wrote. */
    static final String WANG = TestTokens.user("wang.both", "official", "approver");
    static final String ZHOU = TestTokens.user("zhou.both", "official", "approver");
    static final String LI = TestTokens.user("li.approver", "approver");

    static void refusesApprovalBy(String token, String id) {
        given().auth().oauth2(token).post("/api/notices/" + id + "/approval")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/four-eyes"));
        given().auth().oauth2(LI).get("/api/notices/" + id).then().body("status", equalTo("DRAFT"));
    }

    static Map<String, Object> rectification(String pkg) {
        return NoticeKindsTest.notice("RECTIFICATION", Map.of(), List.of(NoticeKindsTest.app("豆瓣", pkg)));
    }

    @Test
    void aColleaguesEditKeepsTheDrafterAndBarsBothFromApproving() {
        Map<String, Object> body = rectification("com.foureyes.edit");
        String id = given().auth().oauth2(WANG).contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(201).body("editedBy", empty()).extract().path("id");

        given().auth().oauth2(ZHOU).contentType(ContentType.JSON).body(body).put("/api/notices/" + id)
                .then().statusCode(200)
                .body("draftedBy", equalTo("wang.both"))
                .body("editedBy", contains("zhou.both"));
        given().auth().oauth2(WANG).contentType(ContentType.JSON).body(body).put("/api/notices/" + id)
                .then().statusCode(200).body("editedBy", contains("zhou.both"));

        refusesApprovalBy(WANG, id);
        refusesApprovalBy(ZHOU, id);
        given().auth().oauth2(LI).post("/api/notices/" + id + "/approval").then().statusCode(200)
                .body("draftedBy", equalTo("wang.both")).body("editedBy", contains("zhou.both"));
    }

    @Test
    void anEditorCannotPublishWhatAnotherApproved() {
        Map<String, Object> body = rectification("com.foureyes.publish");
        String id = given().auth().oauth2(WANG).contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(ZHOU).contentType(ContentType.JSON).body(body).put("/api/notices/" + id)
                .then().statusCode(200);
        given().auth().oauth2(LI).post("/api/notices/" + id + "/approval").then().statusCode(200);

        given().auth().oauth2(ZHOU).post("/api/notices/" + id + "/publication")
                .then().statusCode(403).body("type", equalTo("/problems/four-eyes"));
        given().auth().oauth2(LI).get("/api/notices/" + id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void theDrafterOfANoticeFromFindingsCannotApproveIt() {
        String batchId = given().auth().oauth2(WANG).contentType(ContentType.JSON)
                .body(Map.of("title", "四眼批次", "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 1))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        given().auth().oauth2(WANG).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings",
                        List.of(NoticeKindsTest.finding("com.foureyes.findings", "huawei", "collect-beyond-scope"))))
                .post("/api/findings").then().statusCode(201);
        List<Integer> ids = given().auth().oauth2(WANG).queryParam("batchId", batchId).get("/api/findings")
                .then().extract().path("id");
        String id = given().auth().oauth2(WANG).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "findingIds", ids))
                .post("/api/notices/from-findings").then().statusCode(201)
                .body("draftedBy", equalTo("wang.both")).extract().path("id");

        refusesApprovalBy(WANG, id);
    }

    @Test
    void theDrafterAndTheEditorOfARecheckCannotApproveIt() {
        String source = given().auth().oauth2(WANG).contentType(ContentType.JSON)
                .body(rectification("com.foureyes.recheck")).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(LI).post("/api/notices/" + source + "/approval").then().statusCode(200);
        given().auth().oauth2(LI).post("/api/notices/" + source + "/publication").then().statusCode(200);

        Map<String, Object> request = Map.of("sourceNoticeId", source, "kind", "RECHECK",
                "title", "关于侵害用户权益行为APP“回头看”的通报");
        String id = given().auth().oauth2(ZHOU).contentType(ContentType.JSON).body(request)
                .post("/api/notices/from-unrectified").then().statusCode(201)
                .body("draftedBy", equalTo("zhou.both")).extract().path("id");
        refusesApprovalBy(ZHOU, id);

        Map<String, Object> redraft = new HashMap<>(rectification("com.foureyes.recheck"));
        redraft.put("kind", "RECHECK");
        redraft.put("title", "关于侵害用户权益行为APP“回头看”的通报(修订)");
        given().auth().oauth2(WANG).contentType(ContentType.JSON).body(redraft).put("/api/notices/" + id)
                .then().statusCode(200).body("draftedBy", equalTo("zhou.both")).body("editedBy", contains("wang.both"));
        refusesApprovalBy(WANG, id);
        given().auth().oauth2(LI).post("/api/notices/" + id + "/approval").then().statusCode(200);
    }
}
