package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Collectors;
import org.appsupervision.appstore.preinstallation.Channels;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Takedowns reach the handset makers preinstalling the app besides the stores the notice names, each channel sees
 * and answers only its own orders, and reinstatements follow the orders made.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class HandsetMakerOrdersTest {

    static final String AUDITOR = TestTokens.user("sun.auditor", "auditor");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aPreinstalledAppsTakedownReachesItsMakersAndOnlyTheNamedStores() {
        String maker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        String otherMaker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        String pkg = "com.example.pre" + UUID.randomUUID().toString().substring(0, 8);
        Channels.preinstall(maker, "荣耀 Magic 系列", List.of(pkg));
        Channels.preinstall(maker, "荣耀 数字系列", List.of(pkg, "com.example.other"));
        Channels.preinstall(otherMaker, "Redmi K 系列", List.of("com.example.other"));

        TakedownEvents.Ordered ordered = publish(pkg, List.of("huawei"));
        List<Map<String, Object>> orders = ordersOf(ordered, 2);
        assertEquals(List.of("huawei", maker), orders.stream().map(o -> (String) o.get("storeCode")).sorted().toList());
        Map<String, Object> toMaker = orders.stream().filter(o -> maker.equals(o.get("storeCode"))).findFirst().orElseThrow();
        assertEquals("HANDSET_MAKER", toMaker.get("channelKind"));
        assertEquals("REMOVE_PREINSTALLATION", toMaker.get("requiredAction"));
        assertEquals(List.of("荣耀 Magic 系列", "荣耀 数字系列"), toMaker.get("modelLines"));
        Map<String, Object> toStore = orders.stream().filter(o -> "huawei".equals(o.get("storeCode"))).findFirst().orElseThrow();
        assertEquals("APP_STORE", toStore.get("channelKind"));
        assertEquals("REMOVE_LISTING", toStore.get("requiredAction"));
        assertFalse(toStore.containsKey("modelLines"));

        given().auth().oauth2(TestTokens.store(maker)).get("/api/store/orders/" + toMaker.get("id"))
                .then().statusCode(200).body("requiredAction", equalTo("REMOVE_PREINSTALLATION"));
        given().auth().oauth2(TestTokens.store(otherMaker)).get("/api/store/orders/" + toMaker.get("id"))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.store("huawei")).get("/api/store/orders/" + toMaker.get("id"))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.store(maker)).get("/api/store/orders/" + toStore.get("id"))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.store(maker)).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().minusSeconds(5).toString()))
                .post("/api/store/orders/" + toStore.get("id") + "/confirmation").then().statusCode(404);
        List<String> makersOwn = given().auth().oauth2(TestTokens.store(maker)).get("/api/store/orders")
                .then().statusCode(200).extract().jsonPath().getList("orders.storeCode");
        assertEquals(List.of(maker), makersOwn.stream().distinct().toList());
        List<String> othersOwn = given().auth().oauth2(TestTokens.store(otherMaker)).get("/api/store/orders")
                .then().statusCode(200).extract().jsonPath().getList("orders.id");
        assertTrue(othersOwn.isEmpty(), othersOwn.toString());
    }

    @Test
    void anAppNoMakerPreinstallsReachesTheStoresOnlyAndAnUnnamedTakedownEveryActiveStorePlusTheMakers() {
        String maker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        String pkg = "com.example.every" + UUID.randomUUID().toString().substring(0, 8);
        Channels.preinstall(maker, "Magic", List.of(pkg));

        TakedownEvents.Ordered storesOnly = publish("com.example.listed" + UUID.randomUUID().toString().substring(0, 8),
                List.of());
        List<String> channels = ordersOf(storesOnly, -1).stream().map(o -> (String) o.get("channelKind")).distinct()
                .toList();
        assertEquals(List.of("APP_STORE"), channels);

        TakedownEvents.Ordered everywhere = publish(pkg, List.of());
        List<String> active = given().auth().oauth2(AUDITOR).queryParam("kind", "APP_STORE").get("/api/stores")
                .then().extract().jsonPath().getList("findAll { it.active }.code");
        List<Map<String, Object>> orders = ordersOf(everywhere, active.size() + 1);
        assertEquals(active.size(), orders.stream().filter(o -> "APP_STORE".equals(o.get("channelKind"))).count());
        assertEquals(List.of(maker), orders.stream().filter(o -> "HANDSET_MAKER".equals(o.get("channelKind")))
                .map(o -> (String) o.get("storeCode")).toList());
    }

    @Test
    void aMakerConfirmsThroughTheStoreApiAndGetsTheReinstatementAndItsScorecardCountsIt() {
        String maker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        String pkg = "com.example.lift" + UUID.randomUUID().toString().substring(0, 8);
        Channels.preinstall(maker, "Magic", List.of(pkg));
        TakedownEvents.Ordered ordered = publish(pkg, List.of("xiaomi"));
        Map<String, Object> toMaker = ordersOf(ordered, 2).stream().filter(o -> maker.equals(o.get("storeCode")))
                .findFirst().orElseThrow();
        given().auth().oauth2(TestTokens.store(maker)).contentType(ContentType.JSON)
                .body(Map.of("removedAt", Instant.now().minusSeconds(5).toString(), "note", "已从预置中移除"))
                .post("/api/store/orders/" + toMaker.get("id") + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownLifted",
                ordered.itemId().toString(), TakedownEvents.lifted(ordered, pkg, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> ordersOf(ordered, -1).stream()
                .anyMatch(o -> "REINSTATEMENT".equals(o.get("kind"))));
        List<Map<String, Object>> reinstatements = ordersOf(ordered, -1).stream()
                .filter(o -> "REINSTATEMENT".equals(o.get("kind"))).toList();
        assertEquals(List.of(maker), reinstatements.stream().map(o -> (String) o.get("storeCode")).toList());
        assertEquals(List.of("Magic"), reinstatements.get(0).get("modelLines"));

        List<Map<String, Object>> cards = given().auth().oauth2(AUDITOR).queryParam("kind", "HANDSET_MAKER")
                .get("/api/stores/scorecards").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("HANDSET_MAKER"), cards.stream().map(c -> c.get("kind")).distinct().toList());
        Map<String, Object> card = cards.stream().filter(c -> maker.equals(c.get("storeCode"))).findFirst().orElseThrow();
        assertEquals(1, card.get("received"));
        assertEquals(1, card.get("confirmed"));
        assertNull(given().auth().oauth2(AUDITOR).queryParam("kind", "APP_STORE").get("/api/stores/scorecards")
                .then().extract().jsonPath().getList("storeCode").stream().filter(maker::equals).findFirst()
                .orElse(null));
    }

    TakedownEvents.Ordered publish(String pkg, List<String> stores) {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered(pkg, Instant.now(), stores);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        return ordered;
    }

    /** The notice's orders once at least {@code count} exist (any number once there is one when -1). */
    static List<Map<String, Object>> ordersOf(TakedownEvents.Ordered ordered, int count) {
        List<Map<String, Object>>[] seen = new List[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            seen[0] = given().auth().oauth2(AUDITOR).queryParam("noticeId", ordered.noticeId().toString())
                    .queryParam("limit", 500).get("/api/orders").then().statusCode(200).extract().jsonPath().getList("$");
            return count < 0 ? !seen[0].isEmpty() : seen[0].size() >= count;
        });
        return seen[0].stream().collect(Collectors.toList());
    }
}
