package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What a single confirmation answers and what it leaves in the audit trail (plain SQL, no redaction to do). */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class ConfirmationRecordTest {

    static final String HUAWEI = TestTokens.store("huawei");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void aConfirmationAnswersTheOrderExactlyAsItIsReadAfterwards() {
        String order = pendingOrder("com.confirm.answer.app");
        given().auth().oauth2(HUAWEI).post("/api/store/orders/" + order + "/acknowledgement").then().statusCode(200);

        Map<String, Object> answered = given().auth().oauth2(HUAWEI).header("Idempotency-Key", "answer-" + order)
                .contentType(ContentType.JSON).body(StoreOrderWritesTest.evidence())
                .post("/api/store/orders/" + order + "/confirmation").then().statusCode(200).extract().jsonPath()
                .getMap("$");
        Map<String, Object> read = given().auth().oauth2(HUAWEI).get("/api/store/orders/" + order).then()
                .statusCode(200).extract().jsonPath().getMap("$");

        assertEquals(read, answered);
        assertEquals("CONFIRMED", answered.get("status"));
        assertEquals("已下架", answered.get("note"));
    }

    @Test
    void aConfirmationIsAuditedWithTheRowsTheRedactingTriggerWouldHaveRecorded() {
        String order = pendingOrder("com.confirm.audit.app");
        given().auth().oauth2(HUAWEI).post("/api/store/orders/" + order + "/acknowledgement").then().statusCode(200);
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(StoreOrderWritesTest.evidence())
                .post("/api/store/orders/" + order + "/confirmation").then().statusCode(200);

        String confirmation = "FROM audit_trail a JOIN takedown_order t ON t.id::text = a.row_key"
                + " WHERE a.table_name = 'takedown_order' AND a.row_key = '" + order + "' AND a.operation = 'UPDATE'"
                + " AND a.after ->> 'status' = 'CONFIRMED'";
        assertEquals(1L, count("SELECT count(*) " + confirmation + " AND a.actor = 'client-huawei'"));
        // After: the order's row as it is now, as audit_redacted (which the trigger used to apply to every row) makes it.
        assertEquals(1L, count("SELECT count(*) " + confirmation + " AND a.after = audit_redacted(to_jsonb(t))"
                + " AND a.after = to_jsonb(t)"));
        // Before: exactly the row the acknowledgement's record left.
        assertEquals(1L, count("SELECT count(*) " + confirmation + " AND a.before = (SELECT ack.after FROM audit_trail ack"
                + " WHERE ack.table_name = 'takedown_order' AND ack.row_key = a.row_key"
                + " AND ack.after ->> 'status' = 'ACKNOWLEDGED' ORDER BY ack.seq DESC LIMIT 1)"));
    }

    @Test
    void aTableWithASecretLikeColumnIsStillRedactedInTheTrail() {
        String code = "redacted-" + UUID.randomUUID().toString().substring(0, 8);
        // Rolled back: the store with its secret in clear would be another test's secret to migrate.
        long redacted;
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("""
                    INSERT INTO store (code, name_zh, name_en, company, province_code, webhook_secret)
                    VALUES (?1, '审计应用商店', 'Audit Store', '某科技有限公司', '11', 'whsec_plain')""")
                    .setParameter(1, code).executeUpdate();
            redacted = ((Number) em.createNativeQuery("SELECT count(*) FROM audit_trail WHERE table_name = 'store'"
                    + " AND row_key = ?1 AND after ->> 'webhook_secret' = '[redacted]'"
                    + " AND after ->> 'name_en' = 'Audit Store'").setParameter(1, code).getSingleResult()).longValue();
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(1L, redacted);
    }

    private String pendingOrder(String packageName) {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered(packageName, Instant.now(), List.of("huawei"));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        await().atMost(Duration.ofSeconds(30)).until(() -> !ordersOf(ordered.noticeId()).isEmpty());
        return (String) ordersOf(ordered.noticeId()).get(0).get("id");
    }

    private List<Map<String, Object>> ordersOf(UUID noticeId) {
        return given().auth().oauth2(OFFICIAL).queryParam("noticeId", noticeId.toString()).get("/api/orders")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
