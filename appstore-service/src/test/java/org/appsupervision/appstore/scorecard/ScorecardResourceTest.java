package org.appsupervision.appstore.scorecard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class ScorecardResourceTest {

    static final String ADMIN = TestTokens.user("li.admin", "admin");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String STORE = "score-test";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void scorecardCountsConfirmationsOnTimeOverdueOrdersAndObjectionOutcomes() {
        // Orders fall overdue within the test's takedown target (PT3S): undo a target an earlier test left set.
        given().auth().oauth2(ADMIN).delete("/api/service-level").then().statusCode(200);
        Instant from = Instant.now().minusSeconds(1);
        Map<String, Object> store = register();
        UUID noticeId = UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            publish(noticeId, "com.score.app" + i);
        }
        String token = TestTokens.store(STORE);
        List<String> ids = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                .get("/api/store/orders").then().statusCode(200).extract().jsonPath().<String>getList("orders.id"),
                list -> list.size() == 4);
        deactivate(store);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().toString())).post("/api/store/orders/" + ids.get(0) + "/confirmation")
                .then().statusCode(200);
        for (int i = 1; i <= 2; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("reasonCode", "WRONG_APP", "reasonText", "不是同一应用"))
                    .post("/api/store/orders/" + ids.get(i) + "/objection").then().statusCode(200);
        }
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("outcome", "ACCEPTED"))
                .post("/api/orders/" + ids.get(1) + "/objection-decision").then().statusCode(200);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED"))
                .post("/api/orders/" + ids.get(2) + "/objection-decision").then().statusCode(200);

        JsonPath card = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(OFFICIAL)
                .queryParam("from", from.toString()).get("/api/stores/" + STORE + "/scorecard")
                .then().statusCode(200).extract().jsonPath(), c -> c.getInt("overdueNow") == 2);
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals(4, card.getInt("received")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1, card.getInt("confirmed")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1, card.getInt("confirmedOnTime")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(2, card.getInt("objections.raised")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1, card.getInt("objections.accepted")),
                () -> org.junit.jupiter.api.Assertions.assertEquals(1, card.getInt("objections.rejected")));
        given().auth().oauth2(token).queryParam("from", from.toString()).get("/api/store/scorecard")
                .then().statusCode(200).body("storeCode", equalTo(STORE)).body("received", equalTo(4))
                .body("medianSecondsToConfirm", notNullValue());
        given().auth().oauth2(token).get("/api/stores/" + STORE + "/scorecard").then().statusCode(403);
        given().auth().oauth2(OFFICIAL).get("/api/stores/scorecards").then().statusCode(200)
                .body("find { it.storeCode == 'huawei' }.storeNameZh", equalTo("华为应用市场"));
        given().auth().oauth2(OFFICIAL).queryParam("from", "2000-01-01T00:00:00Z").queryParam("to", "2020-01-01T00:00:00Z")
                .get("/api/stores/scorecards").then().statusCode(400).contentType("application/problem+json");
    }

    private Map<String, Object> register() {
        Map<String, Object> store = new HashMap<>(Map.of("code", STORE, "nameZh", "评分测试商店", "nameEn", "Scorecard store",
                "company", "评分科技有限公司", "provinceCode", "11"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores").then().statusCode(201);
        return store;
    }

    private void deactivate(Map<String, Object> store) {
        // Deactivated once its orders exist, so notices naming no store elsewhere in the tests keep reaching the nine seeded stores.
        store.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/" + STORE)
                .then().statusCode(200);
    }

    private void publish(UUID noticeId, String packageName) {
        UUID itemId = UUID.randomUUID();
        String json = """
                {"noticeId":"%s","noticeTitle":"评分测试","itemId":"%s","chainId":"%s","publishedAt":"%s",
                 "app":{"name":"评分应用","packageName":"%s","version":"1.0"},
                 "operator":{"name":"评分科技有限公司","creditCode":"91110108551385082Q","provinceCode":"11"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":["%s"],"refusedRectification":false}"""
                .formatted(noticeId, itemId, UUID.randomUUID(), Instant.now(), packageName, STORE);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), json);
    }
}
