package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.Postgres;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The suite survives faults of its real parts: the Kafka broker down during a publication, a
 * service killed in the middle of a fan-out, every event delivered twice, PostgreSQL restarted
 * under load, and an event no consumer can apply.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    static final List<String> GROUPS = List.of("notice-service", "appstore-service", "penalty-service");

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofHours(1));
    static final Gateway gateway = suite.gateway();

    @Test
    @Order(1)
    void everyOrderExistsOnceWhenKafkaIsDownForThirtySecondsDuringPublication() throws InterruptedException {
        String id = approvedNotice(1000, 1, List.of("huawei", "xiaomi"));
        suite.stack().stopKafka();
        try {
            gateway.as(gateway.login("li.approver")).post("/api/notices/" + id + "/publication")
                    .then().statusCode(200);
            Thread.sleep(30_000);
        } finally {
            suite.stack().startKafka();
        }
        assertEveryOrderOnce(id, 2000, Duration.ofSeconds(180));
    }

    @Test
    @Order(2)
    void everyOrderExistsOnceWhenTheConsumingServiceIsKilledMidFanOut() {
        // 5,000 orders from 2,500 events: each of the consumer's three threads reads two of the six partitions, about
        // 830 events, more than one poll (500 records), so the fan-out spans several transactions and the kill below
        // lands between them.
        String id = approvedNotice(2500, 2, List.of("oppo", "vivo"));
        String official = gateway.login("wang.official");
        gateway.as(gateway.login("li.approver")).post("/api/notices/" + id + "/publication").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> !gateway.as(official).queryParam("noticeId", id).queryParam("limit", 1)
                        .get("/api/orders").then().statusCode(200).extract().jsonPath().getList("$").isEmpty());
        AtomicLong atKill = new AtomicLong();
        // what the killed process had committed, read from its database before it restarts
        suite.killAndRestart("appstore-service", () -> atKill.set(committedOrders(id)));
        System.out.printf("FAULT kill -9 appstore-service with %d of 5000 orders created%n", atKill.get());
        assertTrue(atKill.get() > 0 && atKill.get() < 5000,
                "the kill came mid fan-out (" + atKill.get() + " of 5000 orders), else nothing was tested");
        assertEveryOrderOnce(id, 5000, Duration.ofSeconds(180));
    }

    @Test
    @Order(3)
    void deliveringEveryEventTwiceChangesNothing() {
        String huawei = gateway.storeToken("huawei");
        gateway.storeOrders(huawei).stream().limit(5).forEach(order -> gateway.as(huawei)
                .contentType("application/json")
                .body(Map.of("removedAt", Instant.now().minusSeconds(60).toString()))
                .post("/api/store/orders/" + order.get("id") + "/confirmation").then().statusCode(200));
        String bootstrap = suite.stack().kafka().bootstrapServers();
        EventProbe.awaitConsumed(bootstrap, GROUPS, Duration.ofSeconds(120));
        Map<String, Object> before = snapshot();

        List<EventProbe.Event> all = new ArrayList<>();
        for (String topic : List.of("notice.events", "appstore.events")) {
            all.addAll(EventProbe.read(bootstrap, topic, read -> false, Duration.ofSeconds(5)));
        }
        EventProbe.republish(bootstrap, all);
        EventProbe.awaitConsumed(bootstrap, GROUPS, Duration.ofSeconds(180));

        System.out.printf("FAULT redelivered %d events%n", all.size());
        assertEquals(before, snapshot());
        assertTrue(all.size() >= 3500, "the two notices' events (1,000 and 2,500 apps) at least");
    }

    @Test
    @Order(4)
    void servicesGoNotReadyWhilePostgresRestartsThenRecoverAndLoseNoAcceptedWrite() throws Exception {
        String official = gateway.login("wang.official");
        List<String> accepted = new CopyOnWriteArrayList<>();
        List<Response> refused = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int n = 0;
            while (writing.get()) {
                Response response = gateway.as(official).contentType("application/json")
                        .body(ChainFixtures.takedown("负载测试 " + n++, ChainFixtures.generatedApps(1, n, List.of("baidu"))))
                        .post("/api/notices");
                if (response.statusCode() == 201) {
                    accepted.add(response.path("id"));
                } else {
                    refused.add(response);
                }
            }
        });
        writer.start();
        String readiness = suite.service("notice-service").managementUrl() + "/q/health/ready";
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted.size() >= 5);

        suite.stack().stopPostgres();
        await().atMost(Duration.ofSeconds(60)).until(() -> status(readiness) == 503);
        Thread.sleep(3_000);
        suite.stack().startPostgres();
        await().atMost(Duration.ofSeconds(90)).until(() -> status(readiness) == 200);
        int acceptedBeforeRecovery = accepted.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() > acceptedBeforeRecovery + 5);
        writing.set(false);
        writer.join();

        System.out.printf("FAULT PostgreSQL restart: %d drafts accepted, %d refused during the outage%n",
                accepted.size(), refused.size());
        assertTrue(refused.stream().allMatch(r -> r.statusCode() >= 500
                && r.contentType().startsWith("application/problem+json")), "refusals are problem responses");
        for (String id : accepted) {
            gateway.as(official).get("/api/notices/" + id).then().statusCode(200);
        }
    }

    @Test
    @Order(5)
    void anEventNoConsumerCanApplyIsParkedAndShownToAdminsAndTheConsumerGoesOn() {
        String bootstrap = suite.stack().kafka().bootstrapServers();
        String poisonId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "notice.events", poisonId, "TakedownOrdered", key, "{\"noticeId\": \"not-a-uuid\"");
        String id = approvedNotice(1, 5, List.of("apple"));
        gateway.as(gateway.login("li.approver")).post("/api/notices/" + id + "/publication").then().statusCode(200);
        assertEveryOrderOnce(id, 1, Duration.ofSeconds(60));

        String admin = gateway.login("admin");
        String parked = "/api/admin/parked-events/appstore-service";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> events = gateway.as(admin).get(parked)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertTrue(events.stream().anyMatch(e -> poisonId.equals(e.get("eventId"))
                    && e.get("reason") != null && "notice.events".equals(e.get("topic"))), events.toString());
        });
        gateway.as(gateway.login("wang.official")).get(parked).then().statusCode(403);
    }

    private String approvedNotice(int apps, long seed, List<String> stores) {
        String id = gateway.as(gateway.login("wang.official")).contentType("application/json")
                .body(ChainFixtures.takedown("故障测试通报 " + seed, ChainFixtures.generatedApps(apps, seed, stores)))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        gateway.as(gateway.login("li.approver")).post("/api/notices/" + id + "/approval").then().statusCode(200);
        return id;
    }

    private void assertEveryOrderOnce(String noticeId, int expected, Duration within) {
        String official = gateway.login("wang.official");
        await().atMost(within).pollInterval(Duration.ofSeconds(1))
                .until(() -> ordersOf(official, noticeId).size() >= expected);
        List<Map<String, Object>> orders = ordersOf(official, noticeId);
        assertEquals(expected, orders.size());
        Set<String> distinct = orders.stream().map(o -> o.get("itemId") + "/" + o.get("storeCode"))
                .collect(Collectors.toSet());
        assertEquals(expected, distinct.size(), "an order exists twice");
    }

    private long committedOrders(String noticeId) {
        try (Connection connection = DriverManager.getConnection(suite.stack().postgres().jdbcUrl("appstore"),
                Postgres.USER, Postgres.PASSWORD);
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM takedown_order WHERE notice_id = ?::uuid")) {
            count.setString(1, noticeId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the orders in appstore-service's database", e);
        }
    }

    private List<Map<String, Object>> ordersOf(String token, String noticeId) {
        return gateway.all(token, "/api/orders?noticeId=" + noticeId, 1000);
    }

    /** What the events produced, per notice: orders and their states, confirmations, proposals. */
    private Map<String, Object> snapshot() {
        String official = gateway.login("wang.official");
        List<Map<String, Object>> notices = gateway.all(official, "/api/notices", 1000);
        Map<String, Object> state = new java.util.TreeMap<>();
        for (Map<String, Object> notice : notices) {
            String id = (String) notice.get("id");
            List<Map<String, Object>> orders = ordersOf(official, id);
            state.put(id + ":orders", orders.stream()
                    .map(o -> o.get("id") + "/" + o.get("status") + "/" + o.get("overdue")).sorted().toList());
            state.put(id + ":confirmations", gateway.as(official).get("/api/notices/" + id).then().extract()
                    .jsonPath().getList("items.confirmedStoreCount"));
            state.put(id + ":proposals", gateway.all(official, "/api/penalty/proposals?noticeId=" + id, 1000).stream()
                    .map(p -> String.valueOf(p.get("id"))).sorted().toList());
        }
        return state;
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
