package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class NoticeResourceTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");

    @Inject
    EntityManager em;

    @Test
    void draftsATakedownNoticeWithItsAppsAndOperatorProvince() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(NoticeFixtures.takedown(List.of(NoticeFixtures.douban())))
                .when().post("/api/notices")
                .then().statusCode(201)
                .header("Location", containsString("/api/notices/"))
                .body("status", equalTo("DRAFT"))
                .body("draftedBy", equalTo("wang.official"))
                .body("items[0].seq", equalTo(1))
                .body("items[0].operator.provinceCode", equalTo("11"))
                .body("items[0].problems", contains("collect-beyond-scope"))
                .body("items[0].stores", contains("huawei", "xiaomi"));
    }

    @Test
    void rejectsApprovalByTheDrafter() {
        String drafterWhoIsAlsoApprover = TestTokens.user("zhou.both", "official", "approver");
        String id = given().auth().oauth2(drafterWhoIsAlsoApprover).contentType(ContentType.JSON)
                .body(NoticeFixtures.takedown(List.of(NoticeFixtures.douban())))
                .post("/api/notices").then().statusCode(201).extract().path("id");

        given().auth().oauth2(drafterWhoIsAlsoApprover)
                .when().post("/api/notices/" + id + "/approval")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/four-eyes"));

        given().auth().oauth2(APPROVER).get("/api/notices/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void refusesPublicationBeforeApproval() {
        String id = draft();
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"));
    }

    @Test
    void rejectsAnUnknownProblemCodeAndWritesNothing() {
        long before = noticeCount();
        Map<String, Object> app = NoticeFixtures.app("唱吧", "com.changba", "91110108551385082Q",
                List.of("collect-beyond-scope", "no-such-problem"), List.of());
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(NoticeFixtures.takedown(List.of(NoticeFixtures.douban(), app)))
                .when().post("/api/notices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("apps[1].problems[1]"))
                .body("errors[0].message", containsString("no-such-problem"));
        org.junit.jupiter.api.Assertions.assertEquals(before, noticeCount());
    }

    @Test
    void rejectsABadCreditCodeCheckCharacterAndWritesNothing() {
        long before = noticeCount();
        Map<String, Object> app = NoticeFixtures.app("豆瓣", "com.douban.frodo", "91110108551385082A",
                List.of("collect-beyond-scope"), List.of());
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(NoticeFixtures.takedown(List.of(app)))
                .when().post("/api/notices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("apps[0].operator.creditCode"))
                .body("errors[0].message", containsString("check character should be Q"))
                .body(not(containsString("java.")));
        org.junit.jupiter.api.Assertions.assertEquals(before, noticeCount());
    }

    @Test
    void rejectsAnEmptyAppListAndWritesNothing() {
        long before = noticeCount();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(NoticeFixtures.takedown(List.of()))
                .when().post("/api/notices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("apps"));
        org.junit.jupiter.api.Assertions.assertEquals(before, noticeCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\": \"TAKEDOWN\", \"apps\": [", "{\"kind\": nope}", "[1, 2]"})
    void answersMalformedJsonWithAProblemAndNoStackTrace(String body) {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/notices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")));
    }

    @Test
    void namesTheFieldWhoseValueHasTheWrongType() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body("{\"kind\": \"SOMETHING\", \"title\": \"t\", \"apps\": []}")
                .when().post("/api/notices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("errors[0].field", equalTo("kind"))
                .body(not(containsString("java.")));
    }

    @Test
    void securityMatrixForDrafting() {
        Map<String, Object> body = NoticeFixtures.takedown(List.of(NoticeFixtures.douban()));
        given().contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.store("huawei")).contentType(ContentType.JSON).body(body)
                .post("/api/notices")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(403);
        given().auth().oauth2("not.a.jwt").get("/api/notices")
                .then().statusCode(401);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(201);
    }

    private String draft() {
        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(NoticeFixtures.takedown(List.of(NoticeFixtures.douban())))
                .post("/api/notices").then().statusCode(201).extract().path("id");
    }

    private long noticeCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM notice").getSingleResult()).longValue();
    }
}
