package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class NoticePublicationTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void publicationSendsOneTakedownOrderedCloudEventPerAppThroughTheOutbox() throws Exception {
        JsonPath notice = approvedAndPublished();
        String itemId = notice.getString("items[0].itemId");
        String chainId = notice.getString("items[0].chainId");

        List<EventProbe.Event> events = EventProbe.read(bootstrap, "notice.events",
                read -> read.stream().anyMatch(e -> itemId.equals(e.key())), Duration.ofSeconds(30));
        EventProbe.Event event = events.stream().filter(e -> itemId.equals(e.key())).findFirst().orElseThrow();

        assertEquals("TakedownOrdered", event.type());
        assertEquals("1", event.attributes().get("schemaversion"));
        assertEquals(chainId, event.attributes().get("chainid"));
        assertEquals(itemId, event.attributes().get("subject"));
        assertEquals("urn:appsupervision:events:TakedownOrdered:1", event.attributes().get("dataschema"));
        JsonNode data = mapper.readTree(event.payload());
        assertEquals(notice.getString("id"), data.get("noticeId").asText());
        assertEquals("com.douban.frodo", data.at("/app/packageName").asText());
        assertEquals("11", data.at("/operator/provinceCode").asText());
        assertEquals(List.of("huawei", "xiaomi"), List.of(data.at("/storeCodes/0").asText(), data.at("/storeCodes/1").asText()));
        assertTrue(data.get("refusedRectification").asBoolean());
        assertEquals(1, events.stream().filter(e -> itemId.equals(e.key())).count());
    }

    @Test
    @SuppressWarnings("unchecked")
    void publicationOfManyAppsWritesOneEventPerAppInItemOrderAndSendsEachOnce() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> apps = IntStream.range(0, 7).mapToObj(i -> NoticeFixtures.app("应用" + i,
                "com.fanout" + suffix + ".app" + i, NoticeFixtures.DOUBAN_OPERATOR_CODE, List.of("collect-beyond-scope"),
                List.of("huawei"))).toList();
        JsonPath notice = approvedAndPublished(NoticeFixtures.takedown(apps));
        List<String> itemIds = notice.getList("items.itemId", String.class);
        assertEquals(7, itemIds.size());

        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT aggregate_id, CAST(event_id AS text) FROM outbox_event
                WHERE event_type = 'TakedownOrdered' AND payload LIKE ?1 ORDER BY seq""")
                .setParameter(1, "%" + notice.getString("id") + "%").getResultList());
        assertEquals(itemIds, rows.stream().map(row -> (String) row[0]).toList());
        assertEquals(7, rows.stream().map(row -> row[1]).distinct().count());
        List<EventProbe.Event> events = EventProbe.read(bootstrap, "notice.events",
                read -> itemIds.stream().allMatch(id -> read.stream().anyMatch(e -> id.equals(e.key()))),
                Duration.ofSeconds(30));
        for (String itemId : itemIds) {
            assertEquals(1, events.stream().filter(e -> itemId.equals(e.key())).count(), itemId);
        }
    }

    @Test
    void countsEachStoresConfirmationOnceEvenWhenTheEventIsRedelivered() {
        JsonPath notice = approvedAndPublished();
        String itemId = notice.getString("items[0].itemId");
        String noticeId = notice.getString("id");
        String eventId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();

        EventProbe.publish(bootstrap, "appstore.events", eventId, "TakedownConfirmed", key,
                confirmation(noticeId, itemId, "huawei"));
        EventProbe.publish(bootstrap, "appstore.events", eventId, "TakedownConfirmed", key,
                confirmation(noticeId, itemId, "huawei"));
        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "TakedownConfirmed", key,
                confirmation(noticeId, itemId, "xiaomi"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(OFFICIAL)
                .get("/api/notices/" + noticeId)
                .then().statusCode(200)
                .body("items[0].confirmedStoreCount", equalTo(2)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = cast(?1 as uuid)")
                .setParameter(1, eventId).getSingleResult()).longValue()));
    }

    @Test
    void parksAnEventItCannotApplyWithItsReasonAndGoesOn() {
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "appstore.events", eventId, "TakedownConfirmed", "k", "{\"orderId\": 42");

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM parked_event WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue()) == 1);
        String reason = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT reason FROM parked_event WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult());
        assertTrue(reason != null && !reason.isBlank());

        countsEachStoresConfirmationOnceEvenWhenTheEventIsRedelivered();
    }

    @Test
    void aConfirmationOfAnUnknownItemIsParkedAndTheOthersPolledWithItAreRecorded() {
        JsonPath notice = approvedAndPublished();
        String itemId = notice.getString("items[0].itemId");
        String noticeId = notice.getString("id");
        String unknown = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();

        // Published back to back, so that they usually arrive in one poll, which is applied in one transaction first.
        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "TakedownConfirmed", key,
                confirmation(noticeId, itemId, "huawei"));
        EventProbe.publish(bootstrap, "appstore.events", unknown, "TakedownConfirmed", key,
                confirmation(noticeId, UUID.randomUUID().toString(), "huawei"));
        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "TakedownConfirmed", key,
                confirmation(noticeId, itemId, "xiaomi"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(OFFICIAL)
                .get("/api/notices/" + noticeId)
                .then().statusCode(200)
                .body("items[0].confirmedStoreCount", equalTo(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM parked_event WHERE event_id = ?1")
                .setParameter(1, unknown).getSingleResult()).longValue()) == 1);
    }

    private JsonPath approvedAndPublished() {
        return approvedAndPublished(NoticeFixtures.takedown(List.of(NoticeFixtures.douban())));
    }

    private JsonPath approvedAndPublished(Map<String, Object> draft) {
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(draft)
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("approvedBy", equalTo("li.approver"));
        return given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .extract().jsonPath();
    }

    private static String confirmation(String noticeId, String itemId, String store) {
        return """
                {"orderId":"%s","noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"com.douban.frodo",
                 "storeCode":"%s","removedAt":"2021-12-09T10:00:00Z","listingReference":"https://store/app/1",
                 "note":null,"confirmedAt":"2021-12-09T10:05:00Z"}"""
                .formatted(UUID.randomUUID(), noticeId, itemId, UUID.randomUUID(), store);
    }
}
