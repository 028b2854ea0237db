package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class StoreOrderResourceTest {

    static final String HUAWEI = TestTokens.store("huawei");
    static final String XIAOMI = TestTokens.store("xiaomi");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String ADMIN = TestTokens.user("li.admin", "admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void createsOneOrderPerNamedStoreExactlyOnceAndEachStoreSeesOnlyItsOwn() {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.douban.frodo", Instant.now(),
                List.of("huawei", "xiaomi"));
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownOrdered", ordered.itemId().toString(), ordered.json());
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownOrdered", ordered.itemId().toString(), ordered.json());

        List<Map<String, Object>> all = awaitOrders(ordered.noticeId(), 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> ordersOf(ordered.noticeId()).size() == 2);

        String huaweiOrder = idOf(all, "huawei");
        String xiaomiOrder = idOf(all, "xiaomi");
        given().auth().oauth2(HUAWEI).get("/api/store/orders/" + huaweiOrder)
                .then().statusCode(200).body("storeCode", equalTo("huawei")).body("status", equalTo("PENDING"));
        given().auth().oauth2(HUAWEI).get("/api/store/orders/" + xiaomiOrder)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().toString()))
                .post("/api/store/orders/" + xiaomiOrder + "/confirmation")
                .then().statusCode(404);
        given().auth().oauth2(XIAOMI).get("/api/store/orders/" + xiaomiOrder)
                .then().statusCode(200);
    }

    @Test
    void ordersEveryRegisteredStoreWhenTheNoticeNamesNone() {
        // Other tests of the module register stores too: every active app store at the time of the event.
        int active = given().auth().oauth2(OFFICIAL).queryParam("kind", "APP_STORE").get("/api/stores")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.active }").size();
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.mama.pregnancy", Instant.now(), List.of());
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        assertTrue(active >= 9, "the nine seeded stores at least");
        assertEquals(active, awaitOrders(ordered.noticeId(), active).size());
    }

    @Test
    void confirmationIsRecordedOnceAndTravelsAsTakedownConfirmed() throws Exception {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.aihuishou.app", Instant.now(), List.of("huawei"));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        String orderId = idOf(awaitOrders(ordered.noticeId(), 1), "huawei");

        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().minusSeconds(60).toString(),
                        "listingReference", "https://appgallery.huawei.com/app/C100000", "note", "已下架"))
                .post("/api/store/orders/" + orderId + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().toString()))
                .post("/api/store/orders/" + orderId + "/confirmation")
                .then().statusCode(409).contentType("application/problem+json");

        List<EventProbe.Event> events = EventProbe.read(bootstrap, "appstore.events",
                read -> read.stream().anyMatch(e -> orderId.equals(e.key())), Duration.ofSeconds(30));
        EventProbe.Event confirmed = events.stream().filter(e -> orderId.equals(e.key())).findFirst().orElseThrow();
        assertEquals("TakedownConfirmed", confirmed.type());
        assertEquals(ordered.chainId().toString(), confirmed.attributes().get("chainid"));
        JsonNode data = mapper.readTree(confirmed.payload());
        assertEquals(ordered.itemId().toString(), data.get("itemId").asText());
        assertEquals("huawei", data.get("storeCode").asText());
        assertEquals("https://appgallery.huawei.com/app/C100000", data.get("listingReference").asText());
    }

    @Test
    void rejectsAConfirmationWithoutRemovalTimeOrFromTheFuture() {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.changba", Instant.now(), List.of("huawei"));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        String orderId = idOf(awaitOrders(ordered.noticeId(), 1), "huawei");

        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(Map.of("note", "x"))
                .post("/api/store/orders/" + orderId + "/confirmation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("removedAt"));
        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().plusSeconds(3600).toString()))
                .post("/api/store/orders/" + orderId + "/confirmation")
                .then().statusCode(400).body("errors[0].field", equalTo("removedAt"));
        given().auth().oauth2(HUAWEI).get("/api/store/orders/" + orderId)
                .then().statusCode(200).body("status", equalTo("PENDING")).body("confirmedAt", nullValue());
    }

    @Test
    void aLateOrderBecomesOverdueAndIsReportedExactlyOnce() {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.kankanews.app",
                Instant.now().minusSeconds(3600), List.of("xiaomi"));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        String orderId = idOf(awaitOrders(ordered.noticeId(), 1), "xiaomi");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(XIAOMI)
                .get("/api/store/orders/" + orderId).then().body("overdue", equalTo(true)));
        List<EventProbe.Event> overdue = EventProbe.read(bootstrap, "appstore.events",
                read -> false, Duration.ofSeconds(4)).stream()
                .filter(e -> orderId.equals(e.key()) && "TakedownOverdue".equals(e.type()))
                .toList();
        assertEquals(1, overdue.size());
    }

    @Test
    void aNamedStoreThatCannotTakeAnOrderIsRecordedAsUndeliverableAndTheOthersGetTheirs() {
        String deactivated = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        registerDeactivatedStore(deactivated);
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.example.ghost", Instant.now(),
                List.of("huawei", deactivated, "no-such-store"));
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownOrdered", ordered.itemId().toString(),
                ordered.json());
        // Redelivered: nothing is ordered or recorded twice.
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownOrdered", ordered.itemId().toString(),
                ordered.json());

        await().atMost(Duration.ofSeconds(30)).until(() -> undeliverableOf(ordered.noticeId()).size() == 2);
        List<Map<String, Object>> orders = awaitOrders(ordered.noticeId(), 1);
        EventProbe.awaitConsumed(bootstrap, List.of("appstore-service"), Duration.ofSeconds(30));

        assertEquals(List.of("huawei"), ordersOf(ordered.noticeId()).stream().map(o -> o.get("storeCode")).toList());
        given().auth().oauth2(HUAWEI).get("/api/store/orders/" + idOf(orders, "huawei")).then().statusCode(200)
                .body("status", equalTo("PENDING"));
        List<Map<String, Object>> undeliverable = undeliverableOf(ordered.noticeId());
        assertEquals(Map.of(deactivated, "STORE_DEACTIVATED", "no-such-store", "STORE_NOT_REGISTERED"),
                undeliverable.stream().collect(java.util.stream.Collectors.toMap(u -> (String) u.get("storeCode"),
                        u -> (String) u.get("reason"))));
        assertEquals(ordered.itemId().toString(), undeliverable.get(0).get("itemId"));
        assertEquals(0L, count("SELECT count(*) FROM parked_event WHERE event_id = '" + eventId + "'"));
        assertEquals(2L, count("SELECT count(*) FROM audit_trail WHERE table_name = 'undeliverable_order'"
                + " AND after ->> 'notice_id' = '" + ordered.noticeId() + "'"));
        given().auth().oauth2(HUAWEI).queryParam("noticeId", ordered.noticeId().toString())
                .get("/api/orders/undeliverable").then().statusCode(403);
    }

    @Test
    void parksOnlyATakedownEventThatIsBrokenItself() {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.example.broken", Instant.now(), List.of("huawei"));
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownOrdered", ordered.itemId().toString(),
                ordered.json().replace("{\"name\":\"豆瓣\",\"packageName\":\"com.example.broken\",\"version\":\"7.1.0\"}",
                        "null"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM parked_event WHERE event_id = '"
                + eventId + "' AND reason LIKE 'TakedownOrdered lacks app name and packageName%'") == 1);
        assertEquals(0, ordersOf(ordered.noticeId()).size());
    }

    private void registerDeactivatedStore(String code) {
        Map<String, Object> store = new java.util.HashMap<>(Map.of("code", code, "nameZh", "停用商店", "nameEn",
                "Deactivated store", "company", "某某科技有限公司", "provinceCode", "44"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(201);
        store.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/" + code)
                .then().statusCode(200).body("active", equalTo(false));
    }

    private List<Map<String, Object>> undeliverableOf(UUID noticeId) {
        return given().auth().oauth2(OFFICIAL).queryParam("noticeId", noticeId.toString())
                .get("/api/orders/undeliverable").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    @Test
    void securityMatrixForTheStoreApi() {
        given().get("/api/store/orders").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(OFFICIAL).get("/api/store/orders").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("client-without-store", "store")).get("/api/store/orders")
                .then().statusCode(403);
        given().auth().oauth2(HUAWEI).get("/api/orders?noticeId=" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(HUAWEI).get("/api/store/orders").then().statusCode(200);
    }

    @Test
    void pagesThroughAStoresOrdersWithACursor() {
        // A store of its own: takedowns that name no store (other tests') reach every active store.
        String store = org.appsupervision.appstore.preinstallation.Channels.register(
                org.appsupervision.appstore.preinstallation.Channels.freshCode("paging"), null);
        for (int i = 0; i < 3; i++) {
            TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.paging.app" + i, Instant.now(), List.of(store));
            EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                    ordered.itemId().toString(), ordered.json());
            awaitOrders(ordered.noticeId(), 1);
        }
        String own = TestTokens.store(store);
        String next = given().auth().oauth2(own).queryParam("limit", 2).get("/api/store/orders")
                .then().statusCode(200).body("orders", hasSize(2)).extract().path("next");
        given().auth().oauth2(own).queryParam("limit", 2).queryParam("after", next).get("/api/store/orders")
                .then().statusCode(200).body("orders", hasSize(1)).body("next", nullValue());
        given().auth().oauth2(own).queryParam("after", "garbage!").get("/api/store/orders")
                .then().statusCode(400).contentType("application/problem+json");
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
        return orders.stream().filter(o -> store.equals(o.get("storeCode"))).map(o -> (String) o.get("id"))
                .findFirst().orElseThrow();
    }
}
