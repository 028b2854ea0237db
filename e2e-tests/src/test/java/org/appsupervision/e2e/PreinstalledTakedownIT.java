package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appsupervision.devstack.EventProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A handset maker as a distribution channel, through the gateway on the packaged services: the admin registers it,
 * it reports its preinstalled apps, a published takedown of a preinstalled app reaches it (and only the stores the
 * notice names), an app no maker preinstalls does not, and the maker confirms through the same store API and its
 * scorecard counts it.
 */
class PreinstalledTakedownIT {

    static final String MAKER = "e2e-maker";
    static final String PREINSTALLED = "com.e2e.preinstalled";
    static final String STORE_ONLY = "com.e2e.storeonly";

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofHours(24));
    static final Gateway gateway = suite.gateway();

    @Test
    void aPreinstalledAppsTakedownReachesTheMakerWhichConfirmsItThroughTheStoreApi() {
        String admin = gateway.login("admin");
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Map<String, Object> maker = new HashMap<>(Map.of("code", MAKER, "nameZh", "端到端手机", "nameEn", "E2E Phones",
                "company", "端到端终端有限公司", "provinceCode", "44", "kind", "HANDSET_MAKER"));
        gateway.as(admin).contentType("application/json").body(maker).post("/api/stores").then().statusCode(201)
                .body("kind", equalTo("HANDSET_MAKER"));
        maker.put("kind", "APP_STORE");
        gateway.as(admin).contentType("application/json").body(maker).put("/api/stores/" + MAKER)
                .then().statusCode(409).contentType("application/problem+json");
        String makerToken = clientOf(admin, MAKER);

        gateway.as(makerToken).contentType("application/json")
                .body(Map.of("apps", List.of(Map.of("packageName", PREINSTALLED, "appName", "预置应用"),
                        Map.of("packageName", "com.e2e.other", "appName", "其他应用"))))
                .put("/api/store/preinstallations/端到端 Magic 系列").then().statusCode(200)
                .body("modelLine", equalTo("端到端 Magic 系列"));
        String huawei = gateway.storeToken("huawei");
        gateway.as(huawei).contentType("application/json")
                .body(Map.of("apps", List.of(Map.of("packageName", PREINSTALLED, "appName", "预置应用"))))
                .put("/api/store/preinstallations/Magic").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/channel-kind"));
        gateway.as(official).queryParam("packageName", PREINSTALLED).get("/api/preinstallations")
                .then().statusCode(200).body("items.storeCode", equalTo(List.of(MAKER)))
                .body("items[0].modelLines", equalTo(List.of("端到端 Magic 系列")));
        gateway.as(official).get("/api/stores/" + MAKER + "/preinstallations").then().statusCode(200)
                .body("items[0].apps.packageName", equalTo(List.of("com.e2e.other", PREINSTALLED)));
        gateway.as(official).queryParam("kind", "HANDSET_MAKER").get("/api/stores").then().statusCode(200)
                .body("code", hasItem(MAKER));

        Random random = new Random(19);
        Map<String, Object> notice = ChainFixtures.takedown("关于下架侵害用户权益APP名单的通报（预置）", List.of(
                ChainFixtures.app("预置应用", PREINSTALLED, ChainFixtures.creditCode("440106", random), false,
                        List.of("huawei")),
                ChainFixtures.app("商店应用", STORE_ONLY, ChainFixtures.creditCode("110105", random), false,
                        List.of("xiaomi"))));
        String id = gateway.as(official).contentType("application/json").body(notice).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        gateway.as(approver).post("/api/notices/" + id + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + id + "/publication").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> ordersOf(official, id).size() == 3);
        List<Map<String, Object>> orders = ordersOf(official, id);
        assertEquals(List.of(MAKER + " " + PREINSTALLED + " HANDSET_MAKER REMOVE_PREINSTALLATION",
                "huawei " + PREINSTALLED + " APP_STORE REMOVE_LISTING",
                "xiaomi " + STORE_ONLY + " APP_STORE REMOVE_LISTING"),
                orders.stream().map(o -> o.get("storeCode") + " " + o.get("packageName") + " " + o.get("channelKind")
                        + " " + o.get("requiredAction")).sorted().toList());

        List<Map<String, Object>> makersOwn = gateway.storeOrders(makerToken).stream()
                .filter(o -> id.equals(o.get("noticeId"))).toList();
        assertEquals(1, makersOwn.size());
        Map<String, Object> order = makersOwn.get(0);
        assertEquals(List.of("端到端 Magic 系列"), order.get("modelLines"));
        String huaweisOrder = orders.stream().filter(o -> "huawei".equals(o.get("storeCode"))).findFirst()
                .map(o -> (String) o.get("id")).orElseThrow();
        gateway.as(makerToken).get("/api/store/orders/" + huaweisOrder).then().statusCode(404);
        gateway.as(huawei).get("/api/store/orders/" + order.get("id")).then().statusCode(404);

        gateway.as(makerToken).contentType("application/json")
                .body(Map.of("removedAt", Instant.now().minusSeconds(30).toString(),
                        "note", "已从预置中移除，并将在下一次系统更新中推送卸载"))
                .post("/api/store/orders/" + order.get("id") + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway.as(official).get("/api/notices/" + id)
                .then().statusCode(200)
                .body("items.find { it.packageName == '" + PREINSTALLED + "' }.confirmations.storeCode",
                        hasItem(MAKER)));

        JsonPath cards = gateway.as(official).queryParam("kind", "HANDSET_MAKER").get("/api/stores/scorecards")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, cards.getInt("find { it.storeCode == '" + MAKER + "' }.received"));
        assertEquals(1, cards.getInt("find { it.storeCode == '" + MAKER + "' }.confirmed"));
        assertEquals(List.of("HANDSET_MAKER"), cards.getList("kind").stream().distinct().toList());

        List<EventProbe.Event> announced = EventProbe.read(suite.stack().kafka().bootstrapServers(), "appstore.events",
                read -> read.stream().anyMatch(e -> MAKER.equals(e.key())), Duration.ofSeconds(30)).stream()
                .filter(e -> MAKER.equals(e.key())).toList();
        assertEquals("HANDSET_MAKER", EventContracts.assertConforms(announced.get(0)).get("kind").asText());
    }

    private static String clientOf(String admin, String channel) {
        String secret = gateway.as(admin).contentType("application/json")
                .body(Map.of("clientId", "store-" + channel, "storeCode", channel)).post("/admin/clients")
                .then().statusCode(201).extract().path("clientSecret");
        return io.restassured.RestAssured.given().baseUri(suite.gatewayUrl()).auth().preemptive()
                .basic("store-" + channel, secret).formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
    }

    private static List<Map<String, Object>> ordersOf(String official, String noticeId) {
        return gateway.as(official).queryParam("noticeId", noticeId).get("/api/orders").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
