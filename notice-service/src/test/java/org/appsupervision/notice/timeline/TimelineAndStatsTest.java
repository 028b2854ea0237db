package org.appsupervision.notice.timeline;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class TimelineAndStatsTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");
    static final String ADMIN = TestTokens.user("root.admin", "admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void flagsARepeatOffenceOnTheFindingAndTheTimelineAndShowsPenaltyOutcomes() throws InterruptedException {
        String pkg = "com.repeat.x" + System.nanoTime();
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "apps", List.of(Map.of(
                        "name", "看看新闻", "packageName", pkg, "version", "1.0",
                        "operator", Map.of("name", "上海看看牛视网络传播有限公司", "creditCode", "91110108551385082Q"),
                        "problems", List.of("excessive-permissions"), "stores", List.of("huawei"),
                        "refusedRectification", false))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        JsonPath notice = given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication")
                .then().statusCode(200).extract().jsonPath();
        Thread.sleep(1100);

        String batchId = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("title", "复检", "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 1))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(Map.of("packageName", pkg, "appName", "看看新闻",
                        "version", "2.0", "sourceStore", "huawei", "problems", List.of("excessive-permissions", "frequent-self-start"),
                        "detectedAt", now, "operatorName", "上海看看牛视网络传播有限公司",
                        "operatorCreditCode", "91110108551385082Q"))))
                .post("/api/findings").then().statusCode(201);

        given().auth().oauth2(OFFICIAL).queryParam("packageName", pkg).get("/api/findings").then().statusCode(200)
                .body("[0].repeat", equalTo(true))
                .body("[0].repeatedProblems", contains("excessive-permissions"));

        String chainId = notice.getString("items[0].chainId");
        EventProbe.publish(bootstrap, "penalty.events", UUID.randomUUID().toString(), "PenaltyDecided",
                UUID.randomUUID().toString(), """
                {"caseId":"%s","chainId":"%s","decisionNumber":"沪通信管罚〔2021〕1号","bureauProvinceCode":"31",
                 "subjectKind":"OPERATOR","subjectName":"上海看看牛视网络传播有限公司","subjectCode":"91110108551385082Q",
                 "legalBasis":"个人信息保护法第六十六条","penalties":[{"type":"FINE","amountCny":500000,"note":null}],
                 "totalFineCny":500000,"decidedAt":"%s"}""".formatted(UUID.randomUUID(), chainId,
                        OffsetDateTime.now().plusSeconds(5).toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.user("a", "auditor"))
                .get("/api/timeline/" + pkg).then().statusCode(200)
                .body("type", contains("NOTICE_ITEM", "FINDING", "PenaltyDecided"))
                .body("[1].repeat", equalTo(true)));
        given().auth().oauth2(OFFICIAL).get("/api/timeline/com.never.seen").then().statusCode(404);
    }

    @Test
    void reproducesTheCumulativeFiguresOfNovember2021FromImportedHistory() {
        List<Map<String, Object>> history = List.of(
                Map.of("asOf", "2021-07-31", "batches", 16, "appsTested", 1_390_000, "appsNotified", 1407,
                        "appsTakenDown", 377, "source", "工信部 2021年7月"),
                Map.of("asOf", "2021-11-30", "batches", 21, "appsTested", 2_440_000, "appsNotified", 2049,
                        "appsTakenDown", 540, "proactiveRemovals", 400_000, "source", "工信部 2021年11月"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(history).put("/api/stats/history")
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(history).put("/api/stats/history")
                .then().statusCode(204);

        given().auth().oauth2(OFFICIAL).queryParam("asOf", "2021-11-30").get("/api/stats").then().statusCode(200)
                .body("totals.noticeBatches", equalTo(21))
                .body("totals.imported.noticeBatches", equalTo(21))
                .body("totals.own.noticeBatches", equalTo(0))
                .body("totals.detectionBatches", equalTo(0))
                .body("totals.appsTested", equalTo(2_440_000))
                .body("totals.appsNotified", equalTo(2049))
                .body("totals.appsTakenDown", equalTo(540))
                .body("totals.proactiveRemovals", equalTo(400_000))
                .body("totals.historicalAsOf", equalTo("2021-11-30"));
        given().auth().oauth2(OFFICIAL).queryParam("asOf", "2021-08-15").get("/api/stats").then().statusCode(200)
                .body("totals.noticeBatches", equalTo(16))
                .body("totals.appsNotified", equalTo(1407));
        given().auth().oauth2(OFFICIAL).get("/api/stats").then().statusCode(200)
                .body("perProvince.key", hasItem("11"))
                .body("storeShares.storeCode", hasItem("huawei"));
    }
}
