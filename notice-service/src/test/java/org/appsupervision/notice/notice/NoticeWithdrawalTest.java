package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** Withdrawing (discarding) a draft or an approved notice before publication; a published notice is never withdrawn so. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class NoticeWithdrawalTest {

    static final String OFFICIAL = NoticeKindsTest.OFFICIAL;
    static final String APPROVER = NoticeKindsTest.APPROVER;

    @Inject
    EntityManager em;

    static Map<String, Object> notice(String pkg) {
        return NoticeKindsTest.notice("RECTIFICATION", Map.of(), List.of(NoticeKindsTest.app("撤回应用", pkg)));
    }

    static io.restassured.response.ValidatableResponse withdraw(String token, String id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/notices/" + id + "/withdrawal").then();
    }

    @Test
    void aWithdrawnDraftStaysOnRecordWithReasonWhoAndWhenAndLeavesTheDefaultList() {
        String id = NoticeKindsTest.draft(notice("com.withdraw.draft"));
        withdraw(OFFICIAL, id, " 名单有误，重新起草 ").statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("名单有误，重新起草"))
                .body("withdrawal.withdrawnBy", equalTo("wang.official"))
                .body("withdrawal.withdrawnAt", notNullValue());

        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("items[0].packageName", equalTo("com.withdraw.draft"));
        given().auth().oauth2(OFFICIAL).get("/api/notices").then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(OFFICIAL).queryParam("status", "WITHDRAWN").get("/api/notices").then().statusCode(200)
                .body("id", hasItem(id));
        String audited = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT actor FROM audit_trail WHERE table_name = 'notice' AND row_key = ?1
                  AND after ->> 'status' = 'WITHDRAWN'""").setParameter(1, id).getSingleResult().toString());
        assertEquals("wang.official", audited);
    }

    @Test
    void aWithdrawnNoticeIsNeverApprovedEditedPublishedOrWithdrawnAgain() {
        Map<String, Object> body = notice("com.withdraw.approved");
        String id = NoticeKindsTest.draft(body);
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        withdraw(APPROVER, id, "发布前发现错误").statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("approvedBy", equalTo("li.approver"));

        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(409);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).put("/api/notices/" + id)
                .then().statusCode(409);
        withdraw(OFFICIAL, id, "again").statusCode(409).body("detail", containsString("withdrawn already"));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE notice SET status = 'APPROVED' WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
    }

    @Test
    void aPublishedNoticeCannotBeWithdrawnSoAndABlankReasonIsRefused() {
        String published = NoticeKindsTest.publish(NoticeKindsTest.draft(notice("com.withdraw.published"))).getString("id");
        withdraw(OFFICIAL, published, "太晚了").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("withdrawsNoticeId"));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + published).then().body("status", equalTo("PUBLISHED"));

        String draft = NoticeKindsTest.draft(notice("com.withdraw.blank"));
        withdraw(OFFICIAL, draft, " ").statusCode(400).body("errors[0].field", containsString("reason"));
        withdraw(OFFICIAL, UUID.randomUUID().toString(), "无此通报").statusCode(404);
    }
}
