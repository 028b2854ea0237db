package org.appsupervision.appstore.webhook;

import static io.restassured.RestAssured.given;
import static org.appsupervision.appstore.webhook.ScriptedWebhookResolver.ip;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A webhook host that resolved to a public address when it was registered and resolves to this machine when
 * an order is pushed (DNS rebinding) is refused at delivery: the push never reaches the server listening here.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class WebhookRebindingTest {

    static final String ADMIN = TestTokens.user("li.admin", "admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Vertx vertx;

    @Test
    void aHostThatResolvesToLoopbackAtDeliveryIsNeverContactedAndTheDeliveryFailsWithAPlainReason() throws Exception {
        // Counts connections, not requests: a TLS handshake to this plain server would never become a request.
        AtomicInteger reached = new AtomicInteger();
        HttpServer internal = vertx.createHttpServer().connectionHandler(connection -> reached.incrementAndGet())
                .requestHandler(request -> request.response().setStatusCode(200).end("internal-service-answer"))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        try {
            // Public when the admin registers it (the first lookup), this machine on every later lookup.
            ScriptedWebhookResolver.script("hooks.rebind-store.cn", List.of(ip("93.184.215.14")), List.of(ip("127.0.0.1")));
            Map<String, Object> store = new HashMap<>(Map.of("code", "hook-rebind", "nameZh", "重绑定测试",
                    "nameEn", "Rebinding test", "company", "重绑定科技有限公司", "provinceCode", "11",
                    "webhook", Map.of("url", "https://hooks.rebind-store.cn:" + internal.actualPort() + "/takedowns",
                            "secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "enabled", true)));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                    .then().statusCode(201);
            String orderId = WebhookDispatcherTest.publishAndAwaitOrder(bootstrap, "hook-rebind");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .queryParam("status", "PARKED").get("/api/stores/hook-rebind/webhook-deliveries").then()
                    .statusCode(200).body("[0].orderId", equalTo(orderId)).body("[0].attempts", equalTo(3))
                    .body("[0].lastError", equalTo("not sent: must reach a public address; the host is or "
                            + "resolves to a loopback address")));
            assertEquals(0, reached.get());

            // The name resolves to loopback now: it cannot be saved again; without a webhook the store can.
            store.put("active", false);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/hook-rebind")
                    .then().statusCode(400);
            store.remove("webhook");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/hook-rebind")
                    .then().statusCode(200);
        } finally {
            internal.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }
}
