package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.notice.rectification.RectificationDeadlineWatch;
import org.appsupervision.platform.calendar.WorkingDayCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class NoticeKindsTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");
    static final String ADMIN = TestTokens.user("root.admin", "admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Inject
    RectificationDeadlineWatch deadlineWatch;

    static Map<String, Object> notice(String kind, Map<String, Object> terms, List<Map<String, Object>> apps) {
        Map<String, Object> body = new HashMap<>(terms);
        body.put("kind", kind);
        body.put("title", "RECHECK".equals(kind) ? "关于侵害用户权益行为APP“回头看”的通报" : "关于侵害用户权益行为的APP通报");
        body.put("apps", new ArrayList<>(apps));
        return body;
    }

    static Map<String, Object> app(String name, String pkg) {
        return NoticeFixtures.app(name, pkg, NoticeFixtures.DOUBAN_OPERATOR_CODE, List.of("collect-beyond-scope"),
                List.of("huawei"));
    }

    static String draft(Map<String, Object> body) {
        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body)
                .post("/api/notices").then().statusCode(201).extract().path("id");
    }

    static JsonPath publish(String id) {
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        return given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).extract().jsonPath();
    }

    @Test
    void publicationNumbersRectificationAndRecheckNoticesOnSharedCountersAndComputesTheDeadline() {
        JsonPath first = publish(draft(notice("RECTIFICATION", Map.of("rectificationDays", 5),
                List.of(app("看看新闻", "com.kankanews.a")))));
        JsonPath second = publish(draft(notice("RECHECK", Map.of(), List.of(app("唱吧", "com.changba.a")))));

        LocalDate published = LocalDate.parse(first.getString("publishedAt").substring(0, 10));
        int year = first.getInt("batchYear");
        assertEquals(first.getInt("yearlyBatch") + 1, second.getInt("yearlyBatch"));
        assertEquals(first.getInt("cumulativeBatch") + 1, second.getInt("cumulativeBatch"));
        assertEquals("关于侵害用户权益行为的APP通报(" + year + "年第" + first.getInt("yearlyBatch") + "批,总第"
                + first.getInt("cumulativeBatch") + "批)", first.getString("title"));
        assertEquals("CALENDAR_DAYS", first.getString("deadline.rule"));
        assertEquals(RectificationDeadline.today().plusDays(5).toString(), first.getString("deadline.date"),
                "5 calendar days after " + published);
        assertEquals(RectificationDeadline.today().plusDays(NoticeTerms.DEFAULT_RECTIFICATION_DAYS).toString(),
                second.getString("deadline.date"));
        org.hamcrest.MatcherAssert.assertThat(first.getString("contentHash"), startsWith("sha256:"));
        assertEquals("PENDING", first.getString("items[0].rectification.status"));
    }

    @Test
    void countsWorkingDaysWithTheAdminMaintainedHolidaysAndPublishesEveryCalendarChange() {
        LocalDate today = RectificationDeadline.today();
        List<LocalDate> holidays = List.of(today.plusDays(1), today.plusDays(2), today.plusDays(3));
        for (int year : new java.util.TreeSet<>(List.of(today.getYear(), today.plusDays(30).getYear()))) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("holidays", holidays.stream().filter(d -> d.getYear() == year).map(LocalDate::toString).toList(),
                            "adjustedWorkingDays", List.of()))
                    .put("/api/reference/holidays/" + year)
                    .then().statusCode(200).body("changedBy", equalTo("root.admin"));
        }
        List<EventProbe.Event> events = EventProbe.read(bootstrap, "notice.events",
                read -> read.stream().anyMatch(e -> e.type().equals("HolidayCalendarChanged")
                        && e.key().equals(Integer.toString(today.getYear()))), Duration.ofSeconds(30));
        assertEquals(true, events.stream().anyMatch(e -> e.payload().contains(today.plusDays(1).toString())
                || today.plusDays(1).getYear() != today.getYear()));

        JsonPath published = publish(draft(notice("RECTIFICATION", Map.of("rectificationDays", 5, "workingDays", true),
                List.of(app("爱回收", "com.aihuishou.a")))));
        WorkingDayCalendar calendar = new WorkingDayCalendar(Set.copyOf(holidays), Set.of(),
                new java.util.HashSet<>(List.of(today.getYear(), today.plusDays(30).getYear())));
        assertEquals(calendar.addWorkingDays(today, 5).date().toString(), published.getString("deadline.date"));
        assertEquals("WORKING_DAYS", published.getString("deadline.rule"));
        org.hamcrest.MatcherAssert.assertThat(published.getString("deadline.explanation"), containsString("(holiday)"));
    }

    @Test
    void onlyAdminsChangeTheHolidayCalendar() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of(), "adjustedWorkingDays", List.of()))
                .put("/api/reference/holidays/2030").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of("2031-01-01"), "adjustedWorkingDays", List.of()))
                .put("/api/reference/holidays/2030").then().statusCode(400).body("errors[0].field", equalTo("holidays"));
    }

    @Test
    void rejectsADeadlineBeforePublication() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(notice("RECTIFICATION", Map.of("deadline", RectificationDeadline.today().minusDays(1).toString()),
                        List.of(app("豆瓣", "com.douban.a"))))
                .post("/api/notices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("deadline"))
                .body("errors[0].message", containsString("before publication"));
    }

    @Test
    void refusesEditingAPublishedNoticeThroughTheApiAndInTheDatabase() {
        Map<String, Object> body = notice("RECTIFICATION", Map.of(), List.of(app("豆瓣", "com.douban.b")));
        String id = draft(body);
        Map<String, Object> edited = new HashMap<>(body);
        edited.put("title", "关于侵害用户权益行为的APP通报(修订)");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(edited).put("/api/notices/" + id)
                .then().statusCode(200).body("title", equalTo("关于侵害用户权益行为的APP通报(修订)"));
        JsonPath published = publish(id);

        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(edited).put("/api/notices/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("never changes"));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE notice SET title = 'forged' WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM notice_item_problem WHERE item_id = ?1")
                .setParameter(1, UUID.fromString(published.getString("items[0].itemId"))).executeUpdate()));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then()
                .body("contentHash", equalTo(published.getString("contentHash")));
    }

    @Test
    void aPublishedNoticeIsWithdrawnOnlyByANewNoticeThatSaysSo() {
        String old = publish(draft(notice("RECTIFICATION", Map.of(), List.of(app("豆瓣", "com.douban.c"))))).getString("id");
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + old).then().body("withdrawnByNoticeId", nullValue());
        String withdrawal = publish(draft(notice("RECTIFICATION", Map.of("withdrawsNoticeId", old),
                List.of(app("豆瓣", "com.douban.c"))))).getString("id");
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + old).then()
                .body("status", equalTo("PUBLISHED")).body("withdrawnByNoticeId", equalTo(withdrawal));
    }

    @Test
    void draftsARecheckFromTheUnrectifiedItemsInOneStepAndPublishesPassedDeadlinesOnce() {
        JsonPath source = publish(draft(notice("RECTIFICATION", Map.of(),
                List.of(app("妈妈网孕育", "com.mama.a"), app("唱吧", "com.changba.b")))));
        String noticeId = source.getString("id");
        String fixedItem = source.getString("items[0].itemId");
        String pendingItem = source.getString("items[1].itemId");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("reason", "官方认定", "status", "RECTIFIED")).put("/api/notices/" + noticeId + "/items/" + fixedItem + "/rectification")
                .then().statusCode(400).body("errors[0].field", equalTo("fixedVersion"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("reason", "官方认定", "status", "RECTIFIED", "fixedVersion", "12.3.1"))
                .put("/api/notices/" + noticeId + "/items/" + fixedItem + "/rectification").then().statusCode(204);

        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("sourceNoticeId", noticeId, "kind", "RECHECK", "title", "关于侵害用户权益行为APP“回头看”的通报"))
                .post("/api/notices/from-unrectified")
                .then().statusCode(201)
                .body("items", hasSize(1))
                .body("items[0].packageName", equalTo("com.changba.b"))
                .body("items[0].refusedRectification", equalTo(true))
                .body("items[0].sourceItemId", equalTo(pendingItem))
                .body("sourceNoticeId", equalTo(noticeId));

        int passed = deadlineWatch.passDeadlinesBefore(RectificationDeadline.today().plusDays(60));
        org.hamcrest.MatcherAssert.assertThat(passed, org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        List<EventProbe.Event> events = EventProbe.read(bootstrap, "notice.events",
                read -> read.stream().anyMatch(e -> e.key().equals(pendingItem)), Duration.ofSeconds(30));
        EventProbe.Event event = events.stream().filter(e -> e.key().equals(pendingItem)).findFirst().orElseThrow();
        assertEquals("RectificationDeadlinePassed", event.type());
        assertEquals(0, events.stream().filter(e -> e.key().equals(fixedItem)).count());
        assertEquals(0, deadlineWatch.passDeadlinesBefore(RectificationDeadline.today().plusDays(60)));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId).then()
                .body("items[0].rectification.status", equalTo("RECTIFIED"))
                .body("items[0].rectification.fixedVersion", equalTo("12.3.1"))
                .body("items[1].rectification.deadlinePassedAt", notNullValue());
    }

    @Test
    void draftsFromFindingsWithARowPerAppAndItsStoresMerged() {
        String batchId = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("title", "批次", "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 2))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batchId, "findings", List.of(
                        finding("com.kkxw.f", "huawei", "excessive-permissions"),
                        finding("com.kkxw.f", "xiaomi", "collect-beyond-scope"),
                        finding("com.other.f", "oppo", "collect-beyond-scope"))))
                .post("/api/findings").then().statusCode(201);
        List<Integer> ids = given().auth().oauth2(OFFICIAL).queryParam("batchId", batchId).get("/api/findings")
                .then().extract().path("id");

        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "findingIds", ids))
                .post("/api/notices/from-findings")
                .then().statusCode(201)
                .body("items", hasSize(2))
                .body("items[0].packageName", equalTo("com.kkxw.f"))
                .body("items[0].stores", contains("huawei", "xiaomi"))
                .body("items[0].problems", contains("excessive-permissions", "collect-beyond-scope"))
                .body("items[0].operator.provinceCode", equalTo("11"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "t", "findingIds", List.of(999_999_999)))
                .post("/api/notices/from-findings")
                .then().statusCode(400).body("errors[0].field", equalTo("findingIds[0]"));
    }

    @Test
    void liftingATakedownPublishesTakedownLiftedOnce() {
        JsonPath published = publish(draft(NoticeFixtures.takedown(List.of(app("豆瓣", "com.douban.lift")))));
        String id = published.getString("id");
        String itemId = published.getString("items[0].itemId");
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body(Map.of("reason", "已整改并通过复检"))
                .post("/api/notices/" + id + "/items/" + itemId + "/lifting").then().statusCode(204);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/notices/" + id + "/items/" + itemId + "/lifting").then().statusCode(409);
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/notices/" + id + "/items/" + itemId + "/lifting").then().statusCode(400);
        List<EventProbe.Event> events = EventProbe.read(bootstrap, "notice.events",
                read -> read.stream().anyMatch(e -> e.key().equals(itemId) && e.type().equals("TakedownLifted")),
                Duration.ofSeconds(30));
        EventProbe.Event lifted = events.stream().filter(e -> e.type().equals("TakedownLifted")
                && e.key().equals(itemId)).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(lifted.payload(), containsString("已整改并通过复检"));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then()
                .body("items[0].lifting.liftedBy", equalTo("li.approver"));
    }

    @Test
    void acceptsStoresItDoesNotKnowYetAndFlagsThemUntilStoreChangedArrives() {
        String store = "new-store-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> app = NoticeFixtures.app("豆瓣", "com.douban.store", NoticeFixtures.DOUBAN_OPERATOR_CODE,
                List.of("collect-beyond-scope"), List.of(store));
        String id = draft(NoticeFixtures.takedown(List.of(app)));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then().body("items[0].unknownStores", contains(store));

        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "StoreChanged", store, """
                {"storeCode":"%s","nameZh":"新商店","nameEn":"New store","company":"某公司","companyCreditCode":null,
                 "provinceCode":"44","active":true,"change":"REGISTERED","changedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(store));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(OFFICIAL)
                .get("/api/notices/" + id).then().body("items[0].unknownStores", empty()));
    }

    static Map<String, Object> finding(String pkg, String store, String problem) {
        return Map.of("packageName", pkg, "appName", "看看新闻", "version", "7.0", "sourceStore", store,
                "problems", List.of(problem), "detectedAt", "2021-10-15T09:30:00+08:00",
                "operatorName", "上海看看牛视网络传播有限公司", "operatorCreditCode", NoticeFixtures.DOUBAN_OPERATOR_CODE);
    }
}
