package org.appsupervision.penalty.proposal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class CaseProposalTest {

    static final String MINISTRY = TestTokens.user("wang.official", "official");
    static final String BEIJING = TestTokens.bureau("zhao.bj", "11");
    static final String GUANGDONG = TestTokens.bureau("chen.gd", "44");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aTakedownAfterRefusalProposesOneCaseAtTheOperatorsProvinceBureau() {
        UUID itemId = UUID.randomUUID();
        String event = takedownOrdered(itemId, "91110108551385082Q", "11", true);
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownOrdered", itemId.toString(), event);
        EventProbe.publish(bootstrap, "notice.events", eventId, "TakedownOrdered", itemId.toString(), event);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), event);

        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(MINISTRY, itemId).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> proposalsFor(MINISTRY, itemId).size() == 1);
        Map<String, Object> proposal = proposalsFor(BEIJING, itemId).get(0);
        assertEquals("11", proposal.get("bureauProvinceCode"));
        assertEquals("北京市通信管理局", proposal.get("bureauName"));
        assertEquals("OPERATOR_REFUSED_RECTIFICATION", proposal.get("ground"));
        assertEquals("91110108551385082Q", proposal.get("subjectCode"));
        assertEquals(List.of(), proposalsFor(GUANGDONG, itemId));

        given().auth().oauth2(GUANGDONG).get("/api/penalty/proposals/" + proposal.get("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(BEIJING).get("/api/penalty/proposals/" + proposal.get("id"))
                .then().statusCode(200).body("subjectKind", equalTo("OPERATOR"));
    }

    @Test
    void aTakedownWithoutRefusalProposesNothing() {
        UUID itemId = UUID.randomUUID();
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), takedownOrdered(itemId, "91110108551385082Q", "11", false));
        UUID marker = UUID.randomUUID();
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                itemId.toString(), takedownOrdered(marker, "91110108551385082Q", "11", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(MINISTRY, marker).size() == 1);
        assertEquals(List.of(), proposalsFor(MINISTRY, itemId));
    }

    @Test
    void anOverdueOrderProposesOneCaseAtTheStoresProvinceBureau() {
        UUID orderId = UUID.randomUUID();
        UUID itemId = UUID.randomUUID();
        String overdue = """
                {"orderId":"%s","noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"com.douban.frodo",
                 "appName":"豆瓣","storeCode":"oppo","storeName":"OPPO软件商店","storeProvinceCode":"44",
                 "orderedAt":"%s","deadline":"%s"}"""
                .formatted(orderId, UUID.randomUUID(), itemId, UUID.randomUUID(), Instant.now().minusSeconds(90000),
                        Instant.now().minusSeconds(3600));
        String eventId = UUID.randomUUID().toString();
        EventProbe.publish(bootstrap, "appstore.events", eventId, "TakedownOverdue", orderId.toString(), overdue);
        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "TakedownOverdue",
                orderId.toString(), overdue);

        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(GUANGDONG, itemId).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> proposalsFor(MINISTRY, itemId).size() == 1);
        Map<String, Object> proposal = proposalsFor(GUANGDONG, itemId).get(0);
        assertEquals("STORE_TAKEDOWN_OVERDUE", proposal.get("ground"));
        assertEquals("oppo", proposal.get("subjectCode"));
        assertEquals(orderId.toString(), proposal.get("orderId"));

        String caseId = given().auth().oauth2(GUANGDONG).contentType("application/json").body("{}")
                .post("/api/penalty/proposals/" + proposal.get("id") + "/filing").then().statusCode(200)
                .extract().path("caseId");
        given().auth().oauth2(GUANGDONG).get("/api/penalty/cases/" + caseId).then().statusCode(200)
                .body("subjectKind", equalTo("STORE")).body("subjectCode", equalTo("oppo"))
                .body("caseNumber", org.hamcrest.Matchers.startsWith("粤通案〔"))
                .body("links[0].kind", equalTo("ORDER")).body("links[0].refId", equalTo(orderId.toString()));
    }

    @Test
    void aBureauOfficerSeesOnlyTheirProvince() {
        aTakedownAfterRefusalProposesOneCaseAtTheOperatorsProvinceBureau();
        given().auth().oauth2(GUANGDONG).get("/api/penalty/proposals")
                .then().statusCode(200).body("bureauProvinceCode", everyItem(equalTo("44")));
        given().auth().oauth2(MINISTRY).get("/api/penalty/proposals")
                .then().statusCode(200).body("bureauProvinceCode", hasItem("11"));
        given().auth().oauth2(BEIJING).get("/api/penalty/proposals")
                .then().statusCode(200).body("bureauProvinceCode", not(hasItem("44")));
    }

    @Test
    void aProposalIsFiledOrDismissedOnceAndTheSameFactsNeverMakeTwoCases() {
        UUID itemId = UUID.randomUUID();
        String event = takedownOrdered(itemId, "91110108551385082Q", "11", true);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered", itemId.toString(), event);
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered", itemId.toString(), event);
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(BEIJING, itemId).size() == 1);
        String id = (String) proposalsFor(BEIJING, itemId).get(0).get("id");

        given().auth().oauth2(GUANGDONG).contentType("application/json").body("{}")
                .post("/api/penalty/proposals/" + id + "/filing").then().statusCode(404);
        String caseId = given().auth().oauth2(BEIJING).contentType("application/json").body("{\"subjectAddress\":\"北京市朝阳区\"}")
                .post("/api/penalty/proposals/" + id + "/filing").then().statusCode(200)
                .body("status", equalTo("FILED")).extract().path("caseId");
        given().auth().oauth2(BEIJING).contentType("application/json").body("{}")
                .post("/api/penalty/proposals/" + id + "/filing").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/duplicate-facts"));
        given().auth().oauth2(BEIJING).contentType("application/json").body("{\"reason\":\"x\"}")
                .post("/api/penalty/proposals/" + id + "/dismissal").then().statusCode(409);
        given().auth().oauth2(BEIJING).get("/api/penalty/cases/" + caseId).then().statusCode(200)
                .body("proposalId", equalTo(id)).body("subjectCode", equalTo("91110108551385082Q"))
                .body("links[0].kind", equalTo("NOTICE_ITEM")).body("links[0].refId", equalTo(itemId.toString()))
                .body("deadlines[0].kind", equalTo("DECISION"));
        given().auth().oauth2(BEIJING).contentType("application/json")
                .body("{\"subjectKind\":\"OPERATOR\",\"subjectName\":\"北京豆网科技有限公司\",\"subjectCode\":\"91110108551385082Q\","
                        + "\"facts\":\"same facts again\",\"links\":[{\"kind\":\"NOTICE_ITEM\",\"chainId\":\"" + UUID.randomUUID()
                        + "\",\"refId\":\"" + itemId + "\"}]}")
                .post("/api/penalty/cases").then().statusCode(409).body("type", equalTo("/problems/duplicate-facts"));
    }

    @Test
    void twoOfficersFilingTheSameProposalAtOnceMakeOneCase() throws Exception {
        UUID itemId = UUID.randomUUID();
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered", itemId.toString(),
                takedownOrdered(itemId, "91110108551385082Q", "11", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(BEIJING, itemId).size() == 1);
        String id = (String) proposalsFor(BEIJING, itemId).get(0).get("id");
        String other = TestTokens.bureau("qian.bj", "11");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> filings = pool.invokeAll(List.of(BEIJING, other).stream()
                    .map(token -> (Callable<Integer>) () -> given().auth().oauth2(token).contentType("application/json")
                            .body("{}").post("/api/penalty/proposals/" + id + "/filing").then().extract().statusCode())
                    .toList());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> filing : filings) {
                statuses.add(filing.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        List<Map<String, Object>> cases = given().auth().oauth2(BEIJING).get("/api/penalty/cases").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(1, cases.stream().filter(c -> id.equals(c.get("proposalId"))).count());
    }

    @Test
    void aProposalIsDismissedWithAReason() {
        UUID itemId = UUID.randomUUID();
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered", itemId.toString(),
                takedownOrdered(itemId, "9144030071526726XG", "44", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(GUANGDONG, itemId).size() == 1);
        String id = (String) proposalsFor(GUANGDONG, itemId).get(0).get("id");
        given().auth().oauth2(GUANGDONG).contentType("application/json").body("{}")
                .post("/api/penalty/proposals/" + id + "/dismissal").then().statusCode(400);
        given().auth().oauth2(GUANGDONG).contentType("application/json").body("{\"reason\":\"已整改并经复核合格\"}")
                .post("/api/penalty/proposals/" + id + "/dismissal").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("dismissalReason", equalTo("已整改并经复核合格"))
                .body("decidedBy", equalTo("chen.gd"));
    }

    @Test
    void securityMatrix() {
        given().get("/api/penalty/proposals").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.store("huawei")).get("/api/penalty/proposals").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("no-province", "bureau")).get("/api/penalty/proposals")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("auditor", "auditor")).get("/api/penalty/proposals").then().statusCode(200);
        given().auth().oauth2(TestTokens.store("huawei")).get("/api/penalty/cases").then().statusCode(403);
        given().auth().oauth2(TestTokens.store("huawei")).get("/api/penalty/deadlines").then().statusCode(403);
        given().get("/api/penalty/statistics").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("auditor", "auditor")).contentType("application/json").body("{}")
                .post("/api/penalty/proposals/" + UUID.randomUUID() + "/filing").then().statusCode(403);
        given().get("/public/penalty/decisions").then().statusCode(200);
        given().get("/public/penalty/decisions?province=x").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(MINISTRY).get("/api/penalty/legal-bases").then().statusCode(200)
                .body("find { it.code == 'CSL-64-2026' }.verified", equalTo(false))
                .body("find { it.code == 'CSL-64-2026' }.ordinaryFineCap", equalTo(null))
                .body("find { it.code == 'PIPL-66' }.citation", equalTo("《中华人民共和国个人信息保护法》第六十六条"));
    }

    private List<Map<String, Object>> proposalsFor(String token, UUID itemId) {
        List<Map<String, Object>> all = given().auth().oauth2(token).get("/api/penalty/proposals")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(p -> itemId.toString().equals(p.get("itemId"))).toList();
    }

    private static String takedownOrdered(UUID itemId, String creditCode, String province, boolean refused) {
        return """
                {"noticeId":"%s","noticeTitle":"关于下架侵害用户权益APP名单的通报","itemId":"%s","chainId":"%s",
                 "publishedAt":"2021-12-09T02:00:00Z","app":{"name":"豆瓣","packageName":"com.douban.frodo","version":"7.1.0"},
                 "operator":{"name":"北京豆网科技有限公司","creditCode":"%s","provinceCode":"%s"},
                 "problemCodes":["collect-beyond-scope"],"storeCodes":["huawei"],"refusedRectification":%s}"""
                .formatted(UUID.randomUUID(), itemId, UUID.randomUUID(), creditCode, province, refused);
    }
}
