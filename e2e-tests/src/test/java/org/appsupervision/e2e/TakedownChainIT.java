package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.appsupervision.devstack.EventProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole chain through the gateway's HTTP API only, against devstack's real PostgreSQL and
 * Kafka and the four packaged services running as their own processes.
 */
class TakedownChainIT {

    static final Duration TAKEDOWN_SLA = Duration.ofSeconds(15);

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(TAKEDOWN_SLA);
    static final Gateway gateway = suite.gateway();

    @Test
    void aTakedownNoticeTravelsFromDraftToStoreConfirmationsAndPenaltyProposals() {
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Random random = new Random(7);
        String refusingOperator = ChainFixtures.creditCode("110105", random);
        String cooperativeOperator = ChainFixtures.creditCode("440106", random);
        Map<String, Object> notice = ChainFixtures.takedown("关于下架侵害用户权益APP名单的通报", List.of(
                ChainFixtures.app("豆瓣", "com.douban.frodo", refusingOperator, true, List.of("huawei", "xiaomi")),
                ChainFixtures.app("妈妈网孕育", "com.mama.yunyu", cooperativeOperator, false, List.of("huawei", "xiaomi"))));

        String id = gateway.as(official).contentType("application/json").body(notice).post("/api/notices")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        gateway.as(official).post("/api/notices/" + id + "/approval")
                .then().statusCode(403).contentType("application/problem+json");
        gateway.as(approver).post("/api/notices/" + id + "/approval").then().statusCode(200);
        JsonPath published = gateway.as(approver).post("/api/notices/" + id + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).extract().jsonPath();
        String doubanItem = published.getString("items.find { it.packageName == 'com.douban.frodo' }.itemId");
        String mamaItem = published.getString("items.find { it.packageName == 'com.mama.yunyu' }.itemId");

        String huawei = gateway.storeToken("huawei");
        String xiaomi = gateway.storeToken("xiaomi");
        await().atMost(Duration.ofSeconds(30)).until(() -> ordersOfNotice(huawei, id).size() == 2
                && ordersOfNotice(xiaomi, id).size() == 2);
        Map<String, Object> huaweiDouban = ordersOfNotice(huawei, id).stream()
                .filter(o -> "com.douban.frodo".equals(o.get("packageName"))).findFirst().orElseThrow();
        String xiaomiOrder = (String) ordersOfNotice(xiaomi, id).get(0).get("id");
        gateway.as(huawei).get("/api/store/orders/" + xiaomiOrder)
                .then().statusCode(404).contentType("application/problem+json");
        gateway.as(huawei).get("/api/notices/" + id).then().statusCode(403);

        gateway.as(huawei).contentType("application/json")
                .body(Map.of("removedAt", java.time.Instant.now().minusSeconds(30).toString(),
                        "listingReference", "https://appgallery.huawei.com/app/C1001", "note", "已下架"))
                .post("/api/store/orders/" + huaweiDouban.get("id") + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway.as(official).get("/api/notices/" + id)
                .then().statusCode(200)
                .body("items.find { it.packageName == 'com.douban.frodo' }.confirmedStoreCount", equalTo(1))
                .body("items.find { it.packageName == 'com.douban.frodo' }.confirmations[0].storeCode", equalTo("huawei"))
                .body("items.find { it.packageName == 'com.mama.yunyu' }.confirmedStoreCount", equalTo(0)));

        // The three unconfirmed orders run out of time; each becomes overdue once.
        await().atMost(TAKEDOWN_SLA.plusSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> orders = gateway.as(official).queryParam("noticeId", id).get("/api/orders")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertEquals(4, orders.size());
            assertEquals(3, orders.stream().filter(o -> Boolean.TRUE.equals(o.get("overdue"))).count());
        });

        String beijing = gateway.login("zhao.bj");
        String guangdong = gateway.login("chen.gd");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> all = proposalsOfNotice(official, id);
            assertEquals(Set.of("OPERATOR_REFUSED_RECTIFICATION:" + refusingOperator + ":11",
                    "STORE_TAKEDOWN_OVERDUE:xiaomi:11", "STORE_TAKEDOWN_OVERDUE:huawei:32"),
                    all.stream().map(p -> p.get("ground") + ":" + p.get("subjectCode") + ":" + p.get("bureauProvinceCode"))
                            .collect(Collectors.toSet()));
            assertEquals(4, all.size(), "one operator proposal and one per overdue order");
        });
        assertEquals(3, proposalsOfNotice(beijing, id).size());
        assertEquals(List.of(), proposalsOfNotice(guangdong, id));

        assertTheEventsFollowTheContracts(Set.of(doubanItem, mamaItem), (String) huaweiDouban.get("id"));
    }

    @Test
    void aStoreDeactivatedBeforePublicationCostsTheOtherStoresOfTheAppNothing() {
        String admin = gateway.login("admin");
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Map<String, Object> store = new java.util.HashMap<>(Map.of("code", "meizu-e2e", "nameZh", "魅族应用中心",
                "nameEn", "Meizu App Store", "company", "珠海市魅族科技有限公司", "provinceCode", "44"));
        gateway.as(admin).contentType("application/json").body(store).post("/api/stores").then().statusCode(201);
        Map<String, Object> notice = ChainFixtures.takedown("关于下架侵害用户权益APP名单的通报（停用商店）", List.of(
                ChainFixtures.app("唱吧", "com.changba.e2e", ChainFixtures.creditCode("110108", new Random(5)), false,
                        List.of("huawei", "meizu-e2e"))));
        // notice-service learns of the new store from its StoreChanged.
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> gateway.as(official)
                .contentType("application/json").body(notice).post("/api/notices").then().extract(),
                r -> r.statusCode() == 201).path("id");
        store.put("active", false);
        gateway.as(admin).contentType("application/json").body(store).put("/api/stores/meizu-e2e")
                .then().statusCode(200).body("active", equalTo(false));
        gateway.as(approver).post("/api/notices/" + id + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + id + "/publication").then().statusCode(200);

        String huawei = gateway.storeToken("huawei");
        await().atMost(Duration.ofSeconds(30)).until(() -> ordersOfNotice(huawei, id).size() == 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway.as(official).queryParam("noticeId", id)
                .get("/api/orders/undeliverable").then().statusCode(200)
                .body("storeCode", equalTo(List.of("meizu-e2e"))).body("reason", equalTo(List.of("STORE_DEACTIVATED"))));
        assertEquals(List.of("huawei"), gateway.as(official).queryParam("noticeId", id).get("/api/orders")
                .then().statusCode(200).extract().jsonPath().getList("storeCode"));
        gateway.as(admin).get("/api/admin/parked-events/appstore-service").then().statusCode(200)
                .body(not(containsString(id)));
    }

    @Test
    void aDrafterWhoIsAlsoAnApproverCannotApproveTheirOwnNotice() {
        String senior = gateway.login("zhou.senior");
        Map<String, Object> notice = ChainFixtures.takedown("自审测试", List.of(ChainFixtures.app("唱吧", "com.changba",
                ChainFixtures.creditCode("110108", new Random(3)), true, List.of("vivo"))));
        String id = gateway.as(senior).contentType("application/json").body(notice).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        gateway.as(senior).post("/api/notices/" + id + "/approval")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/four-eyes"));
        gateway.as(senior).get("/api/notices/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void badNoticesAreRefusedWithProblemsAndWriteNothing() {
        String official = gateway.login("wang.official");
        int before = gateway.all(official, "/api/notices", 1000).size();
        Random random = new Random(11);
        Map<String, Object> unknownProblem = Map.of("kind", "TAKEDOWN", "title", "t", "apps", List.of(Map.of(
                "name", "a", "packageName", "com.example.a", "refusedRectification", true,
                "operator", Map.of("name", "o", "creditCode", ChainFixtures.creditCode("110105", random)),
                "problems", List.of("selling-user-souls"), "stores", List.of("huawei"))));
        Map<String, Object> badCheckCharacter = ChainFixtures.takedown("t", List.of(ChainFixtures.app("a",
                "com.example.a", "91110108551385082A", true, List.of("huawei"))));
        Map<String, Object> noApps = ChainFixtures.takedown("t", List.of());

        gateway.as(official).contentType("application/json").body(unknownProblem).post("/api/notices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("apps[0].problems[0]"));
        gateway.as(official).contentType("application/json").body(badCheckCharacter).post("/api/notices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("apps[0].operator.creditCode"))
                .body(not(containsString("Exception")));
        gateway.as(official).contentType("application/json").body(noApps).post("/api/notices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("apps"));
        gateway.anonymous().contentType("application/json").body(noApps).post("/api/notices")
                .then().statusCode(401).contentType("application/problem+json");

        assertEquals(before, gateway.all(official, "/api/notices", 1000).size());
    }

    /**
     * Publishes a notice of 106 apps listed in 9 stores and reports how long it takes until all
     * 954 orders are visible through the store API. A figure for the record, not a timed assertion.
     */
    @Test
    void aNoticeOf106AppsReachesAllNineStoresExactlyOnce() {
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        String id = gateway.as(official).contentType("application/json")
                .body(ChainFixtures.takedown("关于下架侵害用户权益APP名单的通报（106款）", ChainFixtures.generatedApps(106, 2021)))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        gateway.as(approver).post("/api/notices/" + id + "/approval").then().statusCode(200);
        Map<String, String> storeTokens = ChainFixtures.STORES.stream()
                .collect(Collectors.toMap(s -> s, gateway::storeToken));

        long published = System.nanoTime();
        gateway.as(approver).post("/api/notices/" + id + "/publication").then().statusCode(200);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
                storeTokens.values().stream().allMatch(token -> ordersOfNotice(token, id).size() >= 106));
        long visibleMillis = (System.nanoTime() - published) / 1_000_000;

        for (Map.Entry<String, String> store : storeTokens.entrySet()) {
            List<Map<String, Object>> orders = ordersOfNotice(store.getValue(), id);
            assertEquals(106, orders.size(), store.getKey());
            assertEquals(106, orders.stream().map(o -> o.get("packageName")).distinct().count(), store.getKey());
            assertTrue(orders.stream().allMatch(o -> store.getKey().equals(o.get("storeCode"))));
        }
        System.out.printf("FAN-OUT 106 apps x 9 stores: all 954 orders visible through the store API %d ms after publication%n",
                visibleMillis);
    }

    @Test
    void everyServiceAnswersItsProbesAndExposesPrometheusMetricsOnlyOnItsManagementPort() {
        for (org.appsupervision.devstack.ServiceProcess service : suite.services()) {
            for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
                io.restassured.RestAssured.given().baseUri(service.managementUrl()).get(probe)
                        .then().statusCode(200);
                io.restassured.RestAssured.given().baseUri(service.baseUrl()).get(probe)
                        .then().statusCode(404);
            }
            io.restassured.RestAssured.given().baseUri(service.managementUrl()).get("/q/metrics")
                    .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
            io.restassured.RestAssured.given().baseUri(service.baseUrl()).get("/q/metrics")
                    .then().statusCode(404);
        }
        gateway.anonymous().get("/q/metrics").then().statusCode(404);
        gateway.anonymous().get("/q/health").then().statusCode(404);
    }

    private void assertTheEventsFollowTheContracts(Set<String> itemIds, String confirmedOrder) {
        String bootstrap = suite.stack().kafka().bootstrapServers();
        List<EventProbe.Event> ordered = EventProbe.read(bootstrap, "notice.events",
                read -> read.stream().filter(e -> itemIds.contains(e.key())).count() >= 2, Duration.ofSeconds(30))
                .stream().filter(e -> itemIds.contains(e.key())).toList();
        assertEquals(2, ordered.size(), "one TakedownOrdered per app");
        for (EventProbe.Event event : ordered) {
            assertEquals("TakedownOrdered", event.type());
            JsonNode data = EventContracts.assertConforms(event);
            assertEquals(event.key(), data.get("itemId").asText());
        }
        Set<String> chains = ordered.stream().map(e -> e.attributes().get("chainid")).collect(Collectors.toSet());
        List<EventProbe.Event> fromStores = EventProbe.read(bootstrap, "appstore.events",
                read -> read.stream().filter(e -> chains.contains(e.attributes().get("chainid"))).count() >= 4,
                Duration.ofSeconds(30)).stream().filter(e -> chains.contains(e.attributes().get("chainid"))).toList();
        fromStores.forEach(EventContracts::assertConforms);
        assertEquals(List.of(confirmedOrder), fromStores.stream().filter(e -> "TakedownConfirmed".equals(e.type()))
                .map(EventProbe.Event::key).toList());
        assertEquals(3, fromStores.stream().filter(e -> "TakedownOverdue".equals(e.type())).count());
    }

    private List<Map<String, Object>> ordersOfNotice(String storeToken, String noticeId) {
        return gateway.storeOrders(storeToken).stream().filter(o -> noticeId.equals(o.get("noticeId"))).toList();
    }

    private List<Map<String, Object>> proposalsOfNotice(String token, String noticeId) {
        // One proposal a page: the Link rel="next" of penalty-service leads through the gateway to every proposal.
        List<Map<String, Object>> all = gateway.all(token, "/api/penalty/proposals?noticeId=" + noticeId, 1);
        return all.stream().filter(p -> noticeId.equals(p.get("noticeId"))).toList();
    }
}
