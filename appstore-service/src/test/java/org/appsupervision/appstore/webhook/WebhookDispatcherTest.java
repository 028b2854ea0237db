package org.appsupervision.appstore.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Pushes to a real HTTP receiver (a Vert.x server on a free port), a peer as a store would run it; the profile
 * lets webhooks reach this machine over plain http, as in a local run.
 */
@QuarkusTest
@TestProfile(LocalReceiverProfile.class)
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class WebhookDispatcherTest {

    static final String ADMIN = TestTokens.user("li.admin", "admin");
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String NEXT_SECRET = "whsec_bmV4dC1zZWNyZXQtb2YtdGhlLXJvdGF0aW9uLTEyMzQ1Njc4";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper mapper;

    record Received(String body, Map<String, String> headers) {

        Map<String, List<String>> multiHeaders() {
            Map<String, List<String>> all = new HashMap<>();
            headers.forEach((name, value) -> all.put(name, List.of(value)));
            return all;
        }
    }

    @Test
    void pushesANewOrderAsASignedCloudEventAndRetriesUntilTheStoreAnswers() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = receiver(received, () -> calls.incrementAndGet() > 2);
        try {
            Map<String, Object> store = register("hook-ok", receiver.actualPort());
            String orderId = publishAndAwaitOrder("hook-ok");
            deactivate(store);

            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 3);
            Received last = received.get(2);
            // Verified with the Standard Webhooks specification's own Java library, as a store would.
            new Webhook(SECRET).verify(last.body(), last.multiHeaders());
            assertThrows(WebhookVerificationException.class,
                    () -> new Webhook(NEXT_SECRET).verify(last.body(), last.multiHeaders()));
            JsonNode event = mapper.readTree(last.body());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("TakedownOrderIssued", event.get("type").asText());
            assertEquals(orderId, event.get("data").get("id").asText());
            assertEquals(received.get(0).headers().get("webhook-id"), last.headers().get("webhook-id"));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .get("/api/stores/hook-ok/webhook-deliveries").then().statusCode(200)
                    .body("[0].status", equalTo("DELIVERED")).body("[0].attempts", equalTo(3)));
        } finally {
            receiver.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void afterASecretRotationAPushCarriesBothSignaturesAndEitherSecretVerifiesIt() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = receiver(received, () -> true);
        try {
            Map<String, Object> store = register("hook-rotated", receiver.actualPort());
            store.put("webhook", Map.of("url", "http://127.0.0.1:" + receiver.actualPort() + "/takedowns",
                    "secret", NEXT_SECRET, "enabled", true));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/hook-rotated")
                    .then().statusCode(200).body("webhook.secretSet", equalTo(true));
            publishAndAwaitOrder("hook-rotated");
            deactivate(store);

            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 1);
            Received push = received.get(0);
            assertEquals(2, push.headers().get("webhook-signature").split(" ").length, push.headers().toString());
            new Webhook(NEXT_SECRET).verify(push.body(), push.multiHeaders());
            new Webhook(SECRET).verify(push.body(), push.multiHeaders());
        } finally {
            receiver.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void parksAPushAfterTheLimitAndAnAdminReplaysItWhilePollingKeepsWorking() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicBoolean storeIsUp = new AtomicBoolean(false);
        HttpServer receiver = receiver(received, storeIsUp::get);
        try {
            Map<String, Object> store = register("hook-down", receiver.actualPort());
            String orderId = publishAndAwaitOrder("hook-down");
            deactivate(store);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .queryParam("status", "PARKED").get("/api/stores/hook-down/webhook-deliveries").then()
                    .statusCode(200).body("[0].orderId", equalTo(orderId)).body("[0].attempts", equalTo(3)));
            given().auth().oauth2(TestTokens.store("hook-down")).get("/api/store/orders/" + orderId)
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.store("hook-down")).post("/api/stores/hook-down/webhook-deliveries/replay")
                    .then().statusCode(403);

            storeIsUp.set(true);
            given().auth().oauth2(ADMIN).post("/api/stores/hook-down/webhook-deliveries/replay")
                    .then().statusCode(200).body("replayed", equalTo(1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .get("/api/stores/hook-down/webhook-deliveries").then().statusCode(200)
                    .body("[0].status", equalTo("DELIVERED")));
            assertEquals(4, received.size());
        } finally {
            receiver.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRedirectIsNeverFollowedAndTheDeliveryShowsOnlyTheStatus() throws Exception {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        HttpServer receiver = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/second")) {
                second.incrementAndGet();
                request.response().setStatusCode(204).end();
            } else {
                first.incrementAndGet();
                request.response().setStatusCode(302).putHeader("Location", "/second")
                        .end("body-of-the-redirect-that-nobody-may-see");
            }
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        try {
            Map<String, Object> store = register("hook-redirect", receiver.actualPort());
            String orderId = publishAndAwaitOrder("hook-redirect");
            deactivate(store);

            String deliveries = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ADMIN)
                    .queryParam("status", "PARKED").get("/api/stores/hook-redirect/webhook-deliveries").then()
                    .statusCode(200).extract().asString(), body -> body.contains(orderId));
            assertEquals(true, deliveries.contains("answered HTTP 302 (redirects are not followed)"), deliveries);
            assertEquals(false, deliveries.contains("body-of-the-redirect"), deliveries);
            assertEquals(3, first.get());
            assertEquals(0, second.get());
        } finally {
            receiver.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPushConnectsToTheAddressItCheckedAndKeepsTheNameInTheHostHeader() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = receiver(received, () -> true);
        try {
            String host = "receiver.pinned-store.cn";
            // Checked at registration, then the address every push is checked against and connects to.
            ScriptedWebhookResolver.script(host, List.of(ScriptedWebhookResolver.ip("127.0.0.1")));
            Map<String, Object> store = register("hook-pinned", "http://" + host + ":" + receiver.actualPort() + "/in?x=1");
            publishAndAwaitOrder("hook-pinned");
            deactivate(store);

            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 1);
            assertEquals(host + ":" + receiver.actualPort(), received.get(0).headers().get("host"));
        } finally {
            receiver.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    private HttpServer receiver(List<Received> received, java.util.function.BooleanSupplier answerOk) throws Exception {
        return vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            Map<String, String> headers = new HashMap<>();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            received.add(new Received(body.toString(StandardCharsets.UTF_8), headers));
            request.response().setStatusCode(answerOk.getAsBoolean() ? 204 : 503).end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private Map<String, Object> register(String code, int port) {
        return register(code, "http://127.0.0.1:" + port + "/takedowns");
    }

    private Map<String, Object> register(String code, String url) {
        Map<String, Object> store = new HashMap<>(Map.of("code", code, "nameZh", "推送测试", "nameEn", "Webhook test",
                "company", "推送科技有限公司", "provinceCode", "11",
                "webhook", Map.of("url", url, "secret", SECRET, "enabled", true)));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores").then().statusCode(201);
        return store;
    }

    private void deactivate(Map<String, Object> store) {
        // Deactivated once its order exists, so notices naming no store elsewhere keep reaching the nine seeded stores.
        store.put("active", false);
        store.put("webhook", Map.of("url", ((Map<?, ?>) store.get("webhook")).get("url"), "enabled", true));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/" + store.get("code"))
                .then().statusCode(200);
    }

    private String publishAndAwaitOrder(String storeCode) {
        return publishAndAwaitOrder(bootstrap, storeCode);
    }

    /** Publishes a TakedownOrdered naming only {@code storeCode} and waits for the store to see its order. */
    static String publishAndAwaitOrder(String bootstrap, String storeCode) {
        UUID itemId = UUID.randomUUID();
        String json = """
                {"noticeId":"%s","noticeTitle":"推送测试","itemId":"%s","chainId":"%s","publishedAt":"%s",
                 "app":{"name":"推送应用","packageName":"com.hook.app","version":"1.0"},
                 "operator":{"name":"推送科技有限公司","creditCode":"91110108551385082Q","provinceCode":"11"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":["%s"],"refusedRectification":false}"""
                .formatted(UUID.randomUUID(), itemId, UUID.randomUUID(), Instant.now(), storeCode);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), json);
        String token = TestTokens.store(storeCode);
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).get("/api/store/orders")
                .then().statusCode(200).extract().jsonPath().<String>getList("orders.id"), ids -> ids.size() == 1).get(0);
    }
}
