package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.appsupervision.devstack.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances each of the gateway and appstore-service on one PostgreSQL and one Kafka broker, as the deployment's
 * autoscalers run them: a takedown's fan-out is split between the appstore instances by their consumer group's
 * partitions, stores confirm through both gateways (each routing to its own appstore instance, some confirmations sent
 * to both), and every order exists once, is confirmed once and reaches notice-service once. The split is printed; it
 * is a property of the deployment's shape, not a speed-up this two-core machine could show.
 */
class ScaleOutIT {

    static final String GROUP = "appstore-service";
    static final String TOPIC = "notice.events";
    static final String SECOND_CLIENT_ID = "appstore-2";
    static final List<String> STORES = List.of("huawei", "xiaomi", "oppo");
    static final int APPS = 60;
    static final String REMOVED_AT = Instant.now().minusSeconds(60).toString();

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofHours(24));
    static final Gateway first = suite.gateway();
    static Gateway second;

    @BeforeAll
    static void startASecondOfEach() {
        ServiceProcess appstore2 = suite.startAnotherInstance("appstore-service",
                Map.of("mp.messaging.incoming.notice-events.client.id", SECOND_CLIENT_ID));
        ServiceProcess gateway2 = suite.startAnotherInstance("gateway",
                Map.of("gateway.routes.appstore", appstore2.baseUrl()));
        second = new Gateway(gateway2.baseUrl());
    }

    @Test
    void aFanOutAndItsConfirmationsSplitAcrossTwoInstancesWithNothingLostOrDoneTwice() throws Exception {
        Map<TopicPartition, String> owners = awaitPartitionsOfBothInstances();
        Map<TopicPartition, Long> before = committedOffsets();

        String official = first.login("wang.official");
        String approver = second.login("li.approver");
        String id = first.as(official).contentType("application/json")
                .body(ChainFixtures.takedown("关于下架侵害用户权益APP名单的通报（扩容）",
                        ChainFixtures.generatedApps(APPS, 17, STORES)))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        first.as(approver).post("/api/notices/" + id + "/approval").then().statusCode(200);
        second.as(approver).post("/api/notices/" + id + "/publication").then().statusCode(200);

        await().atMost(Duration.ofMinutes(2)).until(() -> ordersOf(official, id).size() >= APPS * STORES.size());
        assertEquals(APPS * STORES.size(), ordersOf(official, id).stream()
                .map(order -> order.get("storeCode") + " " + order.get("packageName")).distinct().count());
        Map<TopicPartition, Long> after = awaitConsumed(before);
        Map<String, Long> eventsPerInstance = new TreeMap<>();
        after.forEach((partition, offset) -> eventsPerInstance.merge(owners.get(partition),
                offset - before.getOrDefault(partition, 0L), Long::sum));
        System.out.printf("ScaleOutIT: partitions of %s per instance %s; takedown events consumed per instance %s%n",
                TOPIC, ownersByInstance(owners), eventsPerInstance);
        assertTrue(eventsPerInstance.values().stream().mapToLong(Long::longValue).sum() >= APPS,
                "the group consumed at least the notice's takedown events: " + eventsPerInstance);
        assertTrue(eventsPerInstance.getOrDefault("instance 1", 0L) > 0
                && eventsPerInstance.getOrDefault("instance 2", 0L) > 0,
                "both appstore instances took part of the fan-out: " + eventsPerInstance);

        // Each store confirms its orders, alternating between the gateways; every fifth confirmation is sent to both
        // at once with one Idempotency-Key, as a store retrying through another replica would.
        Map<String, Integer> answeredBy = new ConcurrentHashMap<>();
        for (String store : STORES) {
            String firstToken = first.storeToken(store);
            List<Map<String, Object>> orders = first.storeOrders(firstToken).stream()
                    .filter(order -> id.equals(order.get("noticeId"))).toList();
            assertEquals(APPS, orders.size());
            String secondToken = second.storeToken(store);
            IntStream.range(0, orders.size()).parallel().forEach(i -> {
                String orderId = (String) orders.get(i).get("id");
                String key = "scale-out-" + orderId;
                Gateway via = i % 2 == 0 ? first : second;
                confirm(via, i % 2 == 0 ? firstToken : secondToken, orderId, key);
                answeredBy.merge(via == first ? "gateway 1" : "gateway 2", 1, Integer::sum);
                if (i % 5 == 0) {
                    Gateway other = via == first ? second : first;
                    confirm(other, via == first ? secondToken : firstToken, orderId, key);
                }
            });
        }
        System.out.printf("ScaleOutIT: confirmations per gateway %s%n", answeredBy);

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            List<Map<String, Object>> orders = ordersOf(official, id);
            assertEquals(APPS * STORES.size(), orders.size());
            assertTrue(orders.stream().allMatch(order -> "CONFIRMED".equals(order.get("status"))),
                    "every order confirmed");
        });
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            List<Map<String, Object>> items = first.as(official).get("/api/notices/" + id).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            assertEquals(APPS, items.size());
            for (Map<String, Object> item : items) {
                List<?> confirmations = (List<?>) item.get("confirmations");
                assertEquals(STORES.size(), confirmations == null ? 0 : confirmations.size(),
                        "each store's confirmation reached notice-service once for " + item.get("packageName"));
            }
        });
    }

    @Test
    void theLoginLimitOfAClientAddressHoldsAcrossBothGateways() {
        // 10 logins a minute per client address (gateway README, rate limits), checked in the shared database: 12
        // failed logins from one forwarded address, alternating between the gateways, get 10 answers 401 and then 429.
        List<Integer> statuses = IntStream.range(0, 12).mapToObj(i -> (i % 2 == 0 ? first : second).anonymous()
                .header("X-Forwarded-For", "203.0.113.77").contentType("application/json")
                .body(Map.of("username", "nobody.scale-out", "password", "not-the-password-" + i))
                .post("/auth/login").then().extract().statusCode()).toList();
        System.out.printf("ScaleOutIT: failed logins from one address through both gateways answered %s%n", statuses);
        assertEquals(List.of(401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429, 429), statuses);
    }

    private static void confirm(Gateway via, String token, String orderId, String key) {
        // The same request again with the same key, through the other replica after the first answered, replays the
        // first answer: a retry, never a second confirmation.
        via.as(token).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("removedAt", REMOVED_AT, "note", "已下架"))
                .post("/api/store/orders/" + orderId + "/confirmation").then().statusCode(200);
    }

    private static List<Map<String, Object>> ordersOf(String official, String noticeId) {
        return first.all(official, "/api/orders?noticeId=" + noticeId, 500);
    }

    /** Waits until the group's partitions of the topic are spread over both appstore instances. */
    private static Map<TopicPartition, String> awaitPartitionsOfBothInstances() {
        Map<TopicPartition, String> owners = new HashMap<>();
        List<String> clients = new java.util.ArrayList<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            owners.clear();
            clients.clear();
            try (Admin admin = admin()) {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
                for (MemberDescription member : group.members()) {
                    clients.add(member.clientId());
                    String instance = member.clientId().startsWith(SECOND_CLIENT_ID) ? "instance 2" : "instance 1";
                    member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(TOPIC))
                            .forEach(partition -> owners.put(partition, instance));
                }
            }
            assertEquals(6, owners.size(), "partitions of " + TOPIC + " assigned: " + ownersByInstance(owners));
            assertTrue(owners.containsValue("instance 1") && owners.containsValue("instance 2"),
                    "partitions of " + TOPIC + " per instance: " + ownersByInstance(owners) + "; members " + clients);
        });
        return Map.copyOf(owners);
    }

    private static Map<String, List<Integer>> ownersByInstance(Map<TopicPartition, String> owners) {
        Map<String, List<Integer>> byInstance = new TreeMap<>();
        owners.forEach((partition, instance) -> byInstance.computeIfAbsent(instance, k -> new java.util.ArrayList<>())
                .add(partition.partition()));
        byInstance.values().forEach(java.util.Collections::sort);
        return byInstance;
    }

    private static Map<TopicPartition, Long> committedOffsets() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> offsets = new HashMap<>();
            committed.forEach((partition, offset) -> {
                if (partition.topic().equals(TOPIC) && offset != null) {
                    offsets.put(partition, offset.offset());
                }
            });
            return offsets;
        }
    }

    /** Waits until the group has committed up to the end of every partition, and returns those offsets. */
    private static Map<TopicPartition, Long> awaitConsumed(Map<TopicPartition, Long> before) {
        Map<TopicPartition, Long> committed = new HashMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            committed.clear();
            committed.putAll(committedOffsets());
            try (Admin admin = admin()) {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                IntStream.range(0, 6).forEach(p -> latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest()));
                return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(end ->
                        committed.getOrDefault(end.getKey(), before.getOrDefault(end.getKey(), 0L))
                                >= end.getValue().offset());
            }
        });
        return committed;
    }

    private static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.stack().kafka().bootstrapServers());
        return Admin.create(config);
    }
}
