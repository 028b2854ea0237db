package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class StoreOrderWritesTest {

    static final String HUAWEI = TestTokens.store("huawei");
    static final String XIAOMI = TestTokens.store("xiaomi");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String ADMIN = TestTokens.user("li.admin", "admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void storeACannotListReadAcknowledgeConfirmOrObjectToStoreBsOrders() {
        TakedownEvents.Ordered ordered = publishOrdered("com.isolation.app", List.of("huawei", "xiaomi"));
        List<Map<String, Object>> all = awaitOrders(ordered.noticeId(), 2);
        String xiaomiOrder = idOf(all, "xiaomi");

        for (String id : List.of(xiaomiOrder, UUID.randomUUID().toString())) {
            given().auth().oauth2(HUAWEI).get("/api/store/orders/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(HUAWEI).post("/api/store/orders/" + id + "/acknowledgement").then().statusCode(404);
            given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(evidence())
                    .post("/api/store/orders/" + id + "/confirmation").then().statusCode(404);
            given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(objection())
                    .post("/api/store/orders/" + id + "/objection").then().statusCode(404);
            given().auth().oauth2(HUAWEI).contentType(ContentType.JSON)
                    .body(Map.of("items", List.of(item(id))))
                    .post("/api/store/orders/confirmations").then().statusCode(200)
                    .body("confirmed", equalTo(0)).body("results[0].status", equalTo(404));
        }
        List<String> huaweiSees = given().auth().oauth2(HUAWEI).queryParam("limit", 500).get("/api/store/orders")
                .then().statusCode(200).extract().jsonPath().getList("orders.storeCode");
        assertTrue(huaweiSees.stream().allMatch("huawei"::equals));
        given().auth().oauth2(XIAOMI).get("/api/store/orders/" + xiaomiOrder).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("acknowledgedAt", equalTo(null));
    }

    @Test
    void acknowledgingMarksTheOrderSeenAndKeepsTheClockRunning() {
        String order = idOf(awaitOrders(publishOrdered("com.ack.app", List.of("huawei")).noticeId(), 1), "huawei");
        given().auth().oauth2(HUAWEI).post("/api/store/orders/" + order + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedAt", notNullValue());
        given().auth().oauth2(HUAWEI).post("/api/store/orders/" + order + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + order + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(HUAWEI).post("/api/store/orders/" + order + "/acknowledgement").then().statusCode(409);
    }

    @Test
    void aRetriedConfirmationWithTheSameKeyReturnsTheFirstAnswerAndAnotherBodyIsRefused() {
        String order = idOf(awaitOrders(publishOrdered("com.retry.app", List.of("huawei")).noticeId(), 1), "huawei");
        String key = "confirm-" + UUID.randomUUID();
        Map<String, Object> body = evidence();
        Response first = given().auth().oauth2(HUAWEI).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/store/orders/" + order + "/confirmation");
        first.then().statusCode(200).body("status", equalTo("CONFIRMED"));
        Response again = given().auth().oauth2(HUAWEI).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/store/orders/" + order + "/confirmation");
        again.then().statusCode(200);
        assertEquals(first.jsonPath().getString("confirmedAt"), again.jsonPath().getString("confirmedAt"));

        given().auth().oauth2(HUAWEI).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().toString(), "note", "another"))
                .post("/api/store/orders/" + order + "/confirmation")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unprocessable"));
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(body)
                .post("/api/store/orders/" + order + "/confirmation").then().statusCode(409);
    }

    @Test
    void theIdempotencyKeyIsCheckedAndAReusedOneRefusedAsInEveryService() {
        String order = idOf(awaitOrders(publishOrdered("com.keyshape.app", List.of("huawei")).noticeId(), 1), "huawei");
        for (String bad : List.of("a\tb", "k".repeat(201))) {
            given().auth().oauth2(HUAWEI).header("Idempotency-Key", bad)
                    .post("/api/store/orders/" + order + "/acknowledgement")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("Idempotency-Key"))
                    .body("errors[0].message", equalTo("must be 1 to 200 printable characters / 须为1至200个可打印字符"));
        }
        String key = "shape-" + UUID.randomUUID();
        given().auth().oauth2(HUAWEI).header("Idempotency-Key", key)
                .post("/api/store/orders/" + order + "/acknowledgement").then().statusCode(200);
        given().auth().oauth2(HUAWEI).header("Idempotency-Key", key).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + order + "/confirmation")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("无法处理的请求 / Unprocessable request"))
                .body("detail", equalTo("Idempotency-Key " + key + " was already used for another request / 该幂等键已用于另一请求"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("was used with another request / 已用于另一请求"));
    }

    @Test
    void concurrentRetriesOfOneConfirmationConfirmOnceAndAllGetTheFirstAnswer() throws Exception {
        TakedownEvents.Ordered ordered = publishOrdered("com.race.app", List.of("huawei", "xiaomi"));
        List<Map<String, Object>> all = awaitOrders(ordered.noticeId(), 2);
        String order = idOf(all, "huawei");
        String key = "race-" + UUID.randomUUID();
        Map<String, Object> body = evidence();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> given().auth().oauth2(HUAWEI).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/api/store/orders/" + order + "/confirmation")));
        }
        java.util.Set<String> confirmedAts = new java.util.HashSet<>();
        for (java.util.concurrent.Future<Response> answer : answers) {
            answer.get().then().statusCode(200).body("status", equalTo("CONFIRMED"));
            confirmedAts.add(answer.get().jsonPath().getString("confirmedAt"));
        }
        pool.shutdown();
        assertEquals(1, confirmedAts.size());
        List<EventProbe.Event> confirmed = EventProbe.read(bootstrap, "appstore.events", read -> false,
                Duration.ofSeconds(4)).stream()
                .filter(e -> order.equals(e.key()) && "TakedownConfirmed".equals(e.type())).toList();
        assertEquals(1, confirmed.size());
    }

    @Test
    void aKeyUsedForOneOrderLeavesAnotherOrderUntouched() {
        TakedownEvents.Ordered ordered = publishOrdered("com.reuse.app", List.of("huawei", "oppo"));
        TakedownEvents.Ordered other = publishOrdered("com.reuse.other", List.of("huawei"));
        String first = idOf(awaitOrders(ordered.noticeId(), 2), "huawei");
        String second = idOf(awaitOrders(other.noticeId(), 1), "huawei");
        String key = "reuse-" + UUID.randomUUID();
        given().auth().oauth2(HUAWEI).header("Idempotency-Key", key).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + first + "/confirmation").then().statusCode(200);
        given().auth().oauth2(HUAWEI).header("Idempotency-Key", key).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + second + "/confirmation").then().statusCode(422)
                .body("type", equalTo("/problems/unprocessable"));
        given().auth().oauth2(HUAWEI).get("/api/store/orders/" + second).then().statusCode(200)
                .body("status", equalTo("PENDING"));
    }

    @Test
    void idempotencyKeysBelongToTheStoreThatSentThem() {
        TakedownEvents.Ordered ordered = publishOrdered("com.keys.app", List.of("huawei", "xiaomi"));
        List<Map<String, Object>> all = awaitOrders(ordered.noticeId(), 2);
        String key = "shared-" + UUID.randomUUID();
        given().auth().oauth2(HUAWEI).header("Idempotency-Key", key)
                .post("/api/store/orders/" + idOf(all, "huawei") + "/acknowledgement").then().statusCode(200)
                .body("storeCode", equalTo("huawei"));
        given().auth().oauth2(XIAOMI).header("Idempotency-Key", key)
                .post("/api/store/orders/" + idOf(all, "xiaomi") + "/acknowledgement").then().statusCode(200)
                .body("storeCode", equalTo("xiaomi"));
    }

    @Test
    void confirmsManyAtOnceWithAResultPerItem() {
        TakedownEvents.Ordered a = publishOrdered("com.bulk.a", List.of("huawei", "xiaomi"));
        TakedownEvents.Ordered b = publishOrdered("com.bulk.b", List.of("huawei"));
        List<Map<String, Object>> ofA = awaitOrders(a.noticeId(), 2);
        String huaweiA = idOf(ofA, "huawei");
        String huaweiB = idOf(awaitOrders(b.noticeId(), 1), "huawei");
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + huaweiB + "/confirmation").then().statusCode(200);

        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(item(huaweiA), item(huaweiB), item(idOf(ofA, "xiaomi")))))
                .post("/api/store/orders/confirmations")
                .then().statusCode(200)
                .body("confirmed", equalTo(1)).body("failed", equalTo(2))
                .body("results[0].status", equalTo(200)).body("results[0].order.status", equalTo("CONFIRMED"))
                .body("results[1].status", equalTo(409)).body("results[1].problemType", equalTo("/problems/conflict"))
                .body("results[2].status", equalTo(404));
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .post("/api/store/orders/confirmations").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anObjectionStopsTheClockAndTravelsAsTakedownObjected() {
        TakedownEvents.Ordered ordered = publishOrdered("com.objected.app", List.of("huawei", "xiaomi"));
        List<Map<String, Object>> all = awaitOrders(ordered.noticeId(), 2);
        String huawei = idOf(all, "huawei");
        String xiaomi = idOf(all, "xiaomi");

        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(Map.of("reasonCode", "MAYBE"))
                .post("/api/store/orders/" + huawei + "/objection").then().statusCode(400);
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(objection())
                .post("/api/store/orders/" + huawei + "/objection").then().statusCode(200)
                .body("status", equalTo("OBJECTED")).body("objection.reasonCode", equalTo("NOT_LISTED"));
        given().auth().oauth2(XIAOMI).contentType(ContentType.JSON).body(objection())
                .post("/api/store/orders/" + xiaomi + "/objection").then().statusCode(200);

        List<EventProbe.Event> events = EventProbe.read(bootstrap, "appstore.events",
                read -> read.stream().anyMatch(e -> huawei.equals(e.key()) && "TakedownObjected".equals(e.type())),
                Duration.ofSeconds(30));
        assertEquals(1, events.stream().filter(e -> huawei.equals(e.key()) && "TakedownObjected".equals(e.type())).count());

        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(Map.of("outcome", "ACCEPTED"))
                .post("/api/orders/" + huawei + "/objection-decision").then().statusCode(403);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "note", "该商店确未上架"))
                .post("/api/orders/" + huawei + "/objection-decision").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("objection.outcome", equalTo("ACCEPTED"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED"))
                .post("/api/orders/" + huawei + "/objection-decision").then().statusCode(409);

        Instant beforeRejection = Instant.now();
        String deadline = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "note", "应用仍在架"))
                .post("/api/orders/" + xiaomi + "/objection-decision").then().statusCode(200)
                .body("status", equalTo("PENDING")).extract().path("deadline");
        assertTrue(Instant.parse(deadline).isAfter(beforeRejection));
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + huawei + "/confirmation").then().statusCode(409);
    }

    @Test
    void aLiftedTakedownSendsOneReinstatementToEachStoreThatTookTheAppDown() {
        TakedownEvents.Ordered ordered = publishOrdered("com.lifted.app", List.of("huawei", "xiaomi"));
        String huawei = idOf(awaitOrders(ordered.noticeId(), 2), "huawei");
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + huawei + "/confirmation").then().statusCode(200);

        String lifted = TakedownEvents.lifted(ordered, "com.lifted.app", Instant.now());
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownLifted", ordered.itemId().toString(), lifted);
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownLifted", ordered.itemId().toString(), lifted);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownLifted",
                ordered.itemId().toString(), lifted);

        List<Map<String, Object>> all = awaitOrders(ordered.noticeId(), 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> ordersOf(ordered.noticeId()).size() == 3);
        Map<String, Object> reinstatement = all.stream().filter(o -> "REINSTATEMENT".equals(o.get("kind")))
                .findFirst().orElseThrow();
        assertEquals("huawei", reinstatement.get("storeCode"));
        given().auth().oauth2(HUAWEI).queryParam("status", "PENDING").queryParam("limit", 500)
                .get("/api/store/orders").then().statusCode(200)
                .body("orders.findAll { it.id == '" + reinstatement.get("id") + "' }", hasSize(1));
        given().auth().oauth2(XIAOMI).get("/api/store/orders/" + reinstatement.get("id")).then().statusCode(404);
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(objection())
                .post("/api/store/orders/" + reinstatement.get("id") + "/objection").then().statusCode(409)
                .body("type", not(equalTo(null)));
    }

    @Test
    void aStoreDeactivatedAfterConfirmingGetsNoReinstatementButARecordOfTheOneItMissed() {
        String leaving = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> store = new java.util.HashMap<>(Map.of("code", leaving, "nameZh", "将停用商店", "nameEn",
                "Store about to close", "company", "某某科技有限公司", "provinceCode", "44"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores").then().statusCode(201);
        TakedownEvents.Ordered ordered = publishOrdered("com.lifted.after.closing", List.of("huawei", leaving));
        List<Map<String, Object>> takedowns = awaitOrders(ordered.noticeId(), 2);
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + idOf(takedowns, "huawei") + "/confirmation").then().statusCode(200);
        given().auth().oauth2(TestTokens.store(leaving)).contentType(ContentType.JSON).body(evidence())
                .post("/api/store/orders/" + idOf(takedowns, leaving) + "/confirmation").then().statusCode(200);
        store.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/" + leaving)
                .then().statusCode(200);

        String lifted = TakedownEvents.lifted(ordered, "com.lifted.after.closing", Instant.now());
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownLifted", ordered.itemId().toString(), lifted);
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownLifted", ordered.itemId().toString(), lifted);

        await().atMost(Duration.ofSeconds(30)).until(() -> undeliverableOf(ordered.noticeId()).size() == 1);
        List<Map<String, Object>> all = awaitOrders(ordered.noticeId(), 3);
        EventProbe.awaitConsumed(bootstrap, List.of("appstore-service"), Duration.ofSeconds(30));
        assertEquals(List.of("huawei"), ordersOf(ordered.noticeId()).stream()
                .filter(o -> "REINSTATEMENT".equals(o.get("kind"))).map(o -> o.get("storeCode")).toList());
        assertEquals(3, all.size());
        Map<String, Object> missed = undeliverableOf(ordered.noticeId()).get(0);
        assertEquals(leaving, missed.get("storeCode"));
        assertEquals("REINSTATEMENT", missed.get("kind"));
        assertEquals("STORE_DEACTIVATED", missed.get("reason"));
    }

    private List<Map<String, Object>> undeliverableOf(UUID noticeId) {
        return given().auth().oauth2(OFFICIAL).queryParam("noticeId", noticeId.toString())
                .get("/api/orders/undeliverable").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void officialsPageThroughANoticesOrdersWithinALimit() {
        TakedownEvents.Ordered ordered = publishOrdered("com.paged.notice", List.of("huawei", "xiaomi", "oppo"));
        awaitOrders(ordered.noticeId(), 3);
        Response first = given().auth().oauth2(OFFICIAL).queryParam("noticeId", ordered.noticeId().toString())
                .queryParam("limit", 2).get("/api/orders");
        first.then().statusCode(200).body("$", hasSize(2)).header("X-Next-Cursor", notNullValue());
        given().auth().oauth2(OFFICIAL).queryParam("noticeId", ordered.noticeId().toString()).queryParam("limit", 2)
                .queryParam("after", first.header("X-Next-Cursor")).get("/api/orders")
                .then().statusCode(200).body("$", hasSize(1)).header("X-Next-Cursor", equalTo(null));
        given().auth().oauth2(OFFICIAL).queryParam("noticeId", ordered.noticeId().toString()).queryParam("limit", 5001)
                .get("/api/orders").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(HUAWEI).queryParam("limit", 501).get("/api/store/orders")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPollingStoreMissesNoOrderThatArrivesAfterItsCursorEvenWithTheSamePublicationTime() {
        String apple = TestTokens.store("apple");
        Instant published = Instant.now();
        TakedownEvents.Ordered first = TakedownEvents.ordered("com.feed.first", published, List.of("apple"));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                first.itemId().toString(), first.json());
        awaitOrders(first.noticeId(), 1);
        String resume = null;
        String next = null;
        do {
            Response page = given().auth().oauth2(apple).queryParam("limit", 500).queryParam("after", next)
                    .get("/api/store/orders");
            page.then().statusCode(200);
            resume = page.jsonPath().getString("resumeAfter");
            next = page.jsonPath().getString("next");
        } while (next != null);

        List<UUID> later = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.feed.later" + i, published, List.of("apple"));
            EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                    ordered.itemId().toString(), ordered.json());
            later.add(ordered.itemId());
        }
        String from = resume;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> items = given().auth().oauth2(apple).queryParam("limit", 500).queryParam("after", from)
                    .get("/api/store/orders").then().statusCode(200).extract().jsonPath().getList("orders.itemId");
            assertTrue(items.containsAll(later.stream().map(UUID::toString).toList()), "missing some of " + later);
        });
    }

    private TakedownEvents.Ordered publishOrdered(String packageName, List<String> stores) {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered(packageName, Instant.now(), stores);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        return ordered;
    }

    static Map<String, Object> evidence() {
        return Map.of("removedAt", Instant.now().minusSeconds(30).toString(),
                "listingReference", "https://appgallery.huawei.com/app/C1", "note", "已下架");
    }

    static Map<String, Object> objection() {
        return Map.of("reasonCode", "NOT_LISTED", "reasonText", "本商店未上架该应用");
    }

    static Map<String, Object> item(String orderId) {
        return Map.of("orderId", orderId, "removedAt", Instant.now().minusSeconds(30).toString());
    }

    private List<Map<String, Object>> awaitOrders(UUID noticeId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ordersOf(noticeId).size() >= count);
        return ordersOf(noticeId);
    }

    private List<Map<String, Object>> ordersOf(UUID noticeId) {
        return given().auth().oauth2(OFFICIAL).queryParam("noticeId", noticeId.toString()).get("/api/orders")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String idOf(List<Map<String, Object>> orders, String store) {
        return orders.stream().filter(o -> store.equals(o.get("storeCode")) && "TAKEDOWN".equals(o.get("kind")))
                .map(o -> (String) o.get("id")).findFirst().orElseThrow();
    }
}
