package org.appsupervision.appstore.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class StoreResourceTest {

    static final String ADMIN = TestTokens.user("li.admin", "admin");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    StoreService stores;

    @Test
    void everySeededStoreIsAnnouncedOnce() {
        List<String> seededStores = List.of("huawei", "xiaomi", "oppo", "vivo", "tencent", "qihoo360", "wandoujia",
                "apple", "baidu");
        List<EventProbe.Event> events = EventProbe.read(bootstrap, "appstore.events",
                read -> seededStores.stream().allMatch(code -> !storeEvents(read, code).isEmpty()),
                Duration.ofSeconds(30));
        for (String seeded : seededStores) {
            assertEquals(1, storeEvents(events, seeded).size(), seeded);
        }
    }

    @Test
    void anAdminRegistersChangesAndDeactivatesAStoreAndEachChangeIsAnnounced() throws Exception {
        Map<String, Object> store = store("meizu-test");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(201).header("Location", endsWith("/api/stores/meizu-test"))
                .body("webhook.secretSet", equalTo(true)).body("webhook.secret", equalTo(null));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(409);

        store.put("nameEn", "Meizu App Center");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/meizu-test")
                .then().statusCode(200).body("nameEn", equalTo("Meizu App Center"));
        store.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/meizu-test")
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(OFFICIAL).get("/api/stores/meizu-test").then().statusCode(200)
                .body("contacts[0].name", equalTo("黄工"));

        List<EventProbe.Event> events = EventProbe.read(bootstrap, "appstore.events",
                read -> storeEvents(read, "meizu-test").size() >= 3, Duration.ofSeconds(30));
        List<String> changes = storeEvents(events, "meizu-test").stream().map(this::change).toList();
        assertEquals(List.of("REGISTERED", "UPDATED", "DEACTIVATED"), changes);
        JsonNode registered = mapper.readTree(storeEvents(events, "meizu-test").get(0).payload());
        assertEquals("91110108551385082Q", registered.get("companyCreditCode").asText());
    }

    @Test
    void rejectsAStoreWithABadCreditCodeProvinceOrCodeAndWritesNothing() {
        Map<String, Object> store = store("Bad Code!");
        store.put("companyCreditCode", "91110108551385082A");
        store.put("provinceCode", "99");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("code"));
        store.put("code", "bad-store");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(400).body("errors.field", hasItems("companyCreditCode", "provinceCode"));
        given().auth().oauth2(OFFICIAL).get("/api/stores/bad-store").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAStoreInARegionWithoutACommunicationAdministrationNamingTheField() {
        for (String region : List.of("81", "82", "71")) {
            Map<String, Object> store = store("hk-store-" + region);
            store.remove("webhook");
            store.put("provinceCode", region);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("provinceCode")))
                    .body("errors[0].message", containsString("没有通信管理局"))
                    .body("errors[0].message", containsString("has no communication administration"));
            given().auth().oauth2(OFFICIAL).get("/api/stores/hk-store-" + region).then().statusCode(404);
        }
        Map<String, Object> mainland = store("moving-store");
        mainland.remove("webhook");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(mainland).post("/api/stores")
                .then().statusCode(201);
        mainland.put("provinceCode", "81");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(mainland).put("/api/stores/moving-store")
                .then().statusCode(400).body("errors.field", equalTo(List.of("provinceCode")));
        mainland.put("provinceCode", "44");
        mainland.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(mainland).put("/api/stores/moving-store")
                .then().statusCode(200).body("provinceCode", equalTo("44"));
    }

    @Test
    void aStoreRegisteredInSuchARegionBeforeTheRuleCanStillBeChangedAndDeactivated() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO store (code, name_zh, name_en, company, province_code, active)
                VALUES ('legacy-hk', '香港应用商店', 'Legacy HK store', '某某（香港）有限公司', '81', false)
                ON CONFLICT (code) DO NOTHING""").executeUpdate());
        Map<String, Object> store = store("legacy-hk");
        store.remove("webhook");
        store.put("provinceCode", "81");
        store.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/legacy-hk")
                .then().statusCode(200).body("provinceCode", equalTo("81")).body("active", equalTo(false));
        store.put("provinceCode", "82");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/legacy-hk")
                .then().statusCode(400).body("errors.field", equalTo(List.of("provinceCode")));
    }

    private List<EventProbe.Event> storeEvents(List<EventProbe.Event> events, String code) {
        return events.stream().filter(e -> "StoreChanged".equals(e.type()) && code.equals(e.key())).toList();
    }

    @Test
    void webhookSecretsAreEncryptedAtRestAndSecretsOfEarlierVersionsAreMigratedToTheSameKey() {
        Map<String, Object> store = store("secret-at-rest");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(201);
        String stored = storedSecret("secret-at-rest");
        assertTrue(stored.startsWith("v1:") && !stored.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), stored);
        assertEquals("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", new WebhookSecretCipher().convertToEntityAttribute(stored));

        // Stored in clear and in free text (before encryption at rest and before Standard Webhooks).
        storeSecretAsIs("secret-at-rest", "stored-in-clear-secret");
        assertEquals(1, stores.migrateWebhookSecrets());
        String migrated = storedSecret("secret-at-rest");
        assertTrue(migrated.startsWith("v1:"), migrated);
        // The same key: the UTF-8 bytes of the free-text secret, base64 after whsec_.
        assertEquals("whsec_c3RvcmVkLWluLWNsZWFyLXNlY3JldA==", new WebhookSecretCipher().convertToEntityAttribute(migrated));

        // Encrypted but in free text (before Standard Webhooks).
        storeSecretAsIs("secret-at-rest", new WebhookSecretCipher().convertToDatabaseColumn("free-text-secret-0123"));
        assertEquals(1, stores.migrateWebhookSecrets());
        assertEquals("whsec_ZnJlZS10ZXh0LXNlY3JldC0wMTIz",
                new WebhookSecretCipher().convertToEntityAttribute(storedSecret("secret-at-rest")));
        assertEquals(0, stores.migrateWebhookSecrets());
    }

    private void storeSecretAsIs(String code, String value) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE store SET webhook_secret = ?1 WHERE code = ?2").setParameter(1, value).setParameter(2, code)
                .executeUpdate());
    }

    private String storedSecret(String code) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT webhook_secret FROM store WHERE code = ?1").setParameter(1, code).getSingleResult());
    }

    private String change(EventProbe.Event event) {
        try {
            return mapper.readTree(event.payload()).get("change").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> store(String code) {
        Map<String, Object> store = new HashMap<>();
        store.put("code", code);
        store.put("nameZh", "魅族应用中心");
        store.put("nameEn", "Meizu App Store");
        store.put("company", "珠海市魅族科技有限公司");
        store.put("companyCreditCode", "91110108551385082Q");
        store.put("provinceCode", "44");
        store.put("contacts", List.of(Map.of("name", "黄工", "role", "合规", "email", "compliance@example.com")));
        store.put("webhook", Map.of("url", "https://hooks.example.com/takedowns", "secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "enabled", true));
        return store;
    }
}
