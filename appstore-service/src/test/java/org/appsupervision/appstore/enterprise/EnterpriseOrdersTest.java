package org.appsupervision.appstore.enterprise;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An enterprise reads the orders of its own apps per store, taken from the operator's credit code of the
 * TakedownOrdered event (reinstatements from their takedown order), filtered by notice or app; another enterprise's
 * orders never appear, and every other caller is refused.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class EnterpriseOrdersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    record Ordered(UUID noticeId, UUID itemId, String packageName) {
    }

    /** Publishes a takedown of a new app of that enterprise to huawei, xiaomi and an unregistered store. */
    Ordered takedown(String creditCode) {
        UUID noticeId = UUID.randomUUID();
        UUID itemId = UUID.randomUUID();
        String pkg = "com.enterprise.o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String json = """
                {"noticeId":"%s","noticeTitle":"关于下架侵害用户权益APP名单的通报","itemId":"%s","chainId":"%s",
                 "publishedAt":"%s","app":{"name":"企业应用","packageName":"%s","version":"2.0"},
                 "operator":{"name":"某公司","creditCode":"%s","provinceCode":"%s"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":["huawei","xiaomi","enterprise-none"],
                 "refusedRectification":false}"""
                .formatted(noticeId, itemId, UUID.randomUUID(), Instant.now(), pkg, creditCode,
                        creditCode.substring(2, 4));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), json);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Caller.AUDITOR.token())
                .queryParam("noticeId", noticeId.toString()).get("/api/orders").then().statusCode(200)
                .extract().jsonPath().getList("$").size() == 2);
        return new Ordered(noticeId, itemId, pkg);
    }

    private static List<Map<String, Object>> orders(Caller caller, String query) {
        return given().auth().oauth2(caller.token()).get("/api/enterprise-orders?limit=1000" + query).then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void anEnterpriseSeesTheOrdersOfItsAppsPerStoreAndNoneOfAnothers() {
        Ordered ofA = takedown(AccessMatrix.OPERATOR_A_CODE);
        Ordered ofB = takedown(AccessMatrix.OPERATOR_B_CODE);
        List<Map<String, Object>> mine = orders(Caller.OPERATOR_A, "&noticeId=" + ofA.noticeId());
        assertEquals(List.of("UNDELIVERABLE", "PENDING", "PENDING"),
                mine.stream().map(o -> (String) o.get("status")).sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(List.of("enterprise-none", "huawei", "xiaomi"),
                mine.stream().map(o -> (String) o.get("storeCode")).sorted().toList());
        assertTrue(mine.stream().allMatch(o -> "TAKEDOWN".equals(o.get("kind")) && o.get("orderedAt") != null));
        assertTrue(mine.stream().noneMatch(o -> o.containsKey("note") || o.containsKey("operatorName")));
        assertEquals(3, orders(Caller.OPERATOR_A, "&packageName=" + ofA.packageName()).size());
        assertEquals(List.of(), orders(Caller.OPERATOR_A, "&noticeId=" + ofB.noticeId()));
        assertEquals(List.of(), orders(Caller.OPERATOR_A, "&packageName=" + ofB.packageName()));
        List<Object> allOfA = orders(Caller.OPERATOR_A, "").stream().map(o -> o.get("packageName")).toList();
        assertTrue(allOfA.contains(ofA.packageName()) && !allOfA.contains(ofB.packageName()), allOfA.toString());
        assertEquals(3, orders(Caller.OPERATOR_B, "&noticeId=" + ofB.noticeId()).size());
    }

    @Test
    void aReinstatementCarriesTheCreditCodeOfItsTakedown() {
        Ordered ofA = takedown(AccessMatrix.OPERATOR_A_CODE);
        String huawei = given().auth().oauth2(Caller.AUDITOR.token()).queryParam("noticeId", ofA.noticeId().toString())
                .get("/api/orders").then().extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(o -> "huawei".equals(o.get("storeCode"))).findFirst().orElseThrow().get("id").toString();
        given().auth().oauth2(TestTokens.store("huawei")).contentType("application/json")
                .body(Map.of("removedAt", Instant.now().minusSeconds(5).toString()))
                .post("/api/store/orders/" + huawei + "/confirmation").then().statusCode(200);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownLifted",
                ofA.itemId().toString(), """
                {"noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"%s","appName":"企业应用",
                 "reason":"复检合格","liftedBy":"wang.official","liftedAt":"%s"}"""
                        .formatted(ofA.noticeId(), ofA.itemId(), UUID.randomUUID(), ofA.packageName(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> orders(Caller.OPERATOR_A, "&noticeId=" + ofA.noticeId())
                .stream().anyMatch(o -> "REINSTATEMENT".equals(o.get("kind"))));
        List<Map<String, Object>> mine = orders(Caller.OPERATOR_A, "&noticeId=" + ofA.noticeId());
        assertTrue(mine.stream().allMatch(o -> Boolean.TRUE.equals(o.get("lifted"))), mine.toString());
        assertTrue(mine.stream().anyMatch(o -> "CONFIRMED".equals(o.get("status")) && o.get("confirmedAt") != null));
    }

    /** The enterprise path for every kind of caller: only an operator with a credit code reads it. */
    @Test
    void everyOtherCallerIsRefusedTheEnterprisePath() {
        List<String> faults = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            int expected = caller == Caller.ANONYMOUS ? 401
                    : caller == Caller.OPERATOR_A || caller == Caller.OPERATOR_B ? 200 : 403;
            Response answer = caller == Caller.ANONYMOUS ? given().get("/api/enterprise-orders")
                    : given().auth().oauth2(caller.token()).get("/api/enterprise-orders");
            if (answer.statusCode() != expected) {
                faults.add(caller + ": " + answer.statusCode() + " (expected " + expected + ")");
            }
        }
        int withoutCode = given().auth().oauth2(TestTokens.user("no.code", "operator")).get("/api/enterprise-orders")
                .statusCode();
        if (withoutCode != 403) {
            faults.add("operator without credit_code: " + withoutCode);
        }
        assertEquals(List.of(), faults);
    }
}
