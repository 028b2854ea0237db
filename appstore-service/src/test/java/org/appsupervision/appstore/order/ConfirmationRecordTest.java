package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

/** What a single confirmation (plain SQL) answers. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class ConfirmationRecordTest {

    static final String HUAWEI = TestTokens.store("huawei");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

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
}
