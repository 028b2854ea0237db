package org.appsupervision.penalty.proposal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.events.reference.CommunicationAdministrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Proposals for subjects in regions without a communication administration go to the ministry's bureau, never parked. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class ActingAuthorityTest {

    static final String MINISTRY_READER = TestTokens.user("wang.official", "official");
    static final String MINISTRY_BUREAU = TestTokens.bureau("liu.miit", "00");
    static final String GUANGDONG = TestTokens.bureau("chen.gd", "44");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Inject
    AppstoreEventsConsumer overdueConsumer;

    @Inject
    BeanManager beans;

    @Test
    void anOverdueOrderOfAStoreInHongKongGoesToTheMinistrysBureauWhichFilesIt() {
        UUID orderId = UUID.randomUUID();
        UUID itemId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "appstore.events", eventId, "TakedownOverdue", orderId.toString(),
                overdue(orderId, itemId, "81"));

        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(MINISTRY_READER, itemId).size() == 1);
        Map<String, Object> proposal = proposalsFor(MINISTRY_BUREAU, itemId).get(0);
        assertEquals("00", proposal.get("bureauProvinceCode"));
        assertEquals("工业和信息化部信息通信管理局", proposal.get("bureauName"));
        assertEquals("81", proposal.get("subjectProvinceCode"));
        assertTrue(((String) proposal.get("facts")).contains("no communication administration"));
        assertEquals(List.of(), proposalsFor(GUANGDONG, itemId));
        assertEquals(0L, count("SELECT count(*) FROM parked_event WHERE event_id = '" + eventId + "'"));

        given().auth().oauth2(MINISTRY_BUREAU).contentType("application/json").body("{}")
                .post("/api/penalty/proposals/" + proposal.get("id") + "/filing").then().statusCode(200)
                .body("status", equalTo("FILED"));
    }

    @Test
    void aRefusalOfAnOperatorInARegionWithoutABureauGoesToTheMinistrysBureau() {
        UUID itemId = UUID.randomUUID();
        String event = """
                {"noticeId":"%s","noticeTitle":"关于下架侵害用户权益APP名单的通报","itemId":"%s","chainId":"%s",
                 "publishedAt":"2021-12-09T02:00:00Z","app":{"name":"某应用","packageName":"com.example.macau","version":"1.0"},
                 "operator":{"name":"某某（澳门）有限公司","creditCode":"91110108551385082Q","provinceCode":"82"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":["huawei"],"refusedRectification":true}"""
                .formatted(UUID.randomUUID(), itemId, UUID.randomUUID());
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), event);

        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(MINISTRY_BUREAU, itemId).size() == 1);
        Map<String, Object> proposal = proposalsFor(MINISTRY_BUREAU, itemId).get(0);
        assertEquals("00", proposal.get("bureauProvinceCode"));
        assertEquals("82", proposal.get("subjectProvinceCode"));
        assertEquals("OPERATOR_REFUSED_RECTIFICATION", proposal.get("ground"));
    }

    @Test
    void overdueOrdersParkedForWantOfABureauAreAppliedAgainOnceAtStartupAtTheMinistrysBureau() {
        UUID orderId = UUID.randomUUID();
        UUID itemId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO parked_event (event_id, consumer, event_type, topic, payload, reason)
                VALUES (?1, 'penalty-service.appstore-events', 'TakedownOverdue', 'appstore.events', ?2,
                        'No bureau for province code ''71''')""")
                .setParameter(1, eventId.toString()).setParameter(2, overdue(orderId, itemId, "71")).executeUpdate());

        startingAgain(AppstoreEventsConsumer.class);
        assertEquals(0, overdueConsumer.reapplyParked());

        List<Map<String, Object>> proposals = proposalsFor(MINISTRY_BUREAU, itemId);
        assertEquals(1, proposals.size());
        assertEquals("71", proposals.get(0).get("subjectProvinceCode"));
        assertEquals(0L, count("SELECT count(*) FROM parked_event WHERE event_id = '" + eventId + "'"));
        assertEquals(1L, count("SELECT count(*) FROM inbox_event WHERE event_id = '" + eventId + "'"));
    }

    @Test
    void theBureausAreTheSharedListOfCommunicationAdministrationsAndTheMinistrys() {
        Map<String, String> expected = new TreeMap<>(CommunicationAdministrations.provincial());
        expected.put(CommunicationAdministrations.MINISTRY, "工业和信息化部信息通信管理局");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT province_code, name_zh FROM bureau ORDER BY province_code").getResultList());
        Map<String, String> bureaus = new TreeMap<>();
        rows.forEach(r -> bureaus.put(r[0].toString(), (String) r[1]));
        assertEquals(expected, bureaus);
    }

    /** Notifies the consumer's startup observer as a start does (other startup observers are left alone). */
    private void startingAgain(Class<?> consumerClass) {
        beans.resolveObserverMethods(new StartupEvent()).stream()
                .filter(observer -> observer.getBeanClass() == consumerClass).findFirst().orElseThrow()
                .notify(new StartupEvent());
    }

    private static String overdue(UUID orderId, UUID itemId, String province) {
        return """
                {"orderId":"%s","noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"com.douban.frodo",
                 "appName":"豆瓣","storeCode":"hk-store","storeName":"香港应用商店","storeProvinceCode":"%s",
                 "orderedAt":"%s","deadline":"%s"}"""
                .formatted(orderId, UUID.randomUUID(), itemId, UUID.randomUUID(), province,
                        Instant.now().minusSeconds(90000), Instant.now().minusSeconds(3600));
    }

    private List<Map<String, Object>> proposalsFor(String token, UUID itemId) {
        List<Map<String, Object>> all = given().auth().oauth2(token).get("/api/penalty/proposals")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(p -> itemId.toString().equals(p.get("itemId"))).toList();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
