package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.ListPaging;
import org.appsupervision.devstack.ListPaging.Expectation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every list of appstore-service's OpenAPI document pages with {@code limit} and {@code after} and says when there
 * is more (or is declared bounded): walked one row a page, every row is seen once, even when rows are added
 * meanwhile; a notice's orders, all of one app, are told apart by their id.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class ListPagingTest {

    static final List<String> STORES = List.of("huawei", "xiaomi", "oppo");

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A seeded store no other test uses: its deliveries are this test's (delivered, so no dispatcher sends them). */
    static final String HOOK_STORE = "wandoujia";

    final List<String> orderIds = new ArrayList<>();

    @Test
    void everyListPagesWithACursorAndSaysWhenThereIsMore() {
        String openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Map<String, String> tokens = new HashMap<>();
        Map<String, Expectation> e = new HashMap<>();
        e.put("GET /api/public/open-data/{service}/manifests", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(Caller.ADMIN.token()).contentType("application/json")
                        .body(java.util.Map.of("date", java.time.LocalDate.of(2001, 1, 1).plusDays(
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(6000)).toString()))
                        .post("/api/admin/open-data/appstore-service/dumps").then().statusCode(org.hamcrest.Matchers.lessThan(300));
            }
            return "/api/public/open-data/appstore-service/manifests";
        }, "date"));
        e.put("GET /api/orders", Expectation.paged(() -> "/api/orders?noticeId=" + ordersOfANotice(), "id"));
        e.put("GET /api/orders/undeliverable", Expectation.paged(this::undeliverableOfANotice, "id"));
        e.put("GET /api/stores/{code}/webhook-deliveries", Expectation.paged(() -> {
            if (orderIds.isEmpty()) {
                ordersOfANotice();
            }
            for (int i = 0; i < 3; i++) {
                delivery(orderIds.get(i));
            }
            String path = "/api/stores/" + HOOK_STORE + "/webhook-deliveries";
            tokens.put(path, Caller.ADMIN.token());
            return path + "?status=DELIVERED";
        }, "id"));
        e.put("GET /api/admin/parked-events/{service}", Expectation.paged(() -> {
            for (int i = 0; i < 3; i++) {
                park();
            }
            tokens.put("/api/admin/parked-events/appstore-service", Caller.ADMIN.token());
            return "/api/admin/parked-events/appstore-service";
        }, "id", this::park));
        e.put("GET /api/stores", Expectation.bounded("the registry of app stores, which admins keep (dozens)"));
        e.put("GET /api/stores/scorecards", Expectation.bounded("one scorecard per registered store"));
        assertEquals(List.of(), ListPaging.run(ListPaging.listOperations(openApi), e, path -> {
            String list = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            io.restassured.response.Response response = given().auth()
                    .oauth2(tokens.getOrDefault(list, Caller.AUDITOR.token())).urlEncodingEnabled(false).get(path);
            return new ListPaging.Reply(response.statusCode(), response.contentType(), response.asString(),
                    response.header("Link"));
        }));
    }

    /** A notice naming one app in three stores: three orders of the same app name. */
    UUID ordersOfANotice() {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.paging.o" + WriteAccessMatrixTest.suffix(),
                Instant.now(), STORES);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Caller.AUDITOR.token())
                .queryParam("noticeId", ordered.noticeId().toString()).get("/api/orders").then().statusCode(200)
                .extract().jsonPath().getList("$").size() == STORES.size());
        orderIds.addAll(given().auth().oauth2(Caller.AUDITOR.token())
                .queryParam("noticeId", ordered.noticeId().toString()).get("/api/orders").then().extract()
                .jsonPath().getList("id", String.class));
        return ordered.noticeId();
    }

    /** A notice naming one app in three stores that are not registered: three undeliverable orders. */
    String undeliverableOfANotice() {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered("com.paging.u" + WriteAccessMatrixTest.suffix(),
                Instant.now(), List.of("paging-none-a", "paging-none-b", "paging-none-c"));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json());
        String path = "/api/orders/undeliverable?noticeId=" + ordered.noticeId();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Caller.AUDITOR.token())
                .get(path).then().statusCode(200).extract().jsonPath().getList("$").size() == 3);
        return path;
    }

    void delivery(String orderId) {
        update("INSERT INTO webhook_delivery (id, order_id, store_code, status, attempts, delivered_at) "
                + "VALUES (?, ?, ?, 'DELIVERED', 1, now()) ON CONFLICT (order_id) DO UPDATE SET store_code = "
                + "EXCLUDED.store_code, status = 'DELIVERED', delivered_at = now()",
                UUID.randomUUID(), UUID.fromString(orderId), HOOK_STORE);
    }

    void park() {
        update("INSERT INTO parked_event (event_id, consumer, event_type, topic, payload, reason) "
                + "VALUES (?, 'paging-test', 'TakedownOrdered', 'notice.events', '{}', 'listed by the paging test')",
                UUID.randomUUID().toString());
    }

    void update(String sql, Object... values) {
        try (Connection connection = database.getConnection(); PreparedStatement statement =
                connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
