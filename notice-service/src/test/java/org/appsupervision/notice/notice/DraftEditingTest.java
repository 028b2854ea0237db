package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Drafting from sources and editing drafts: a draft made from findings, from a re-check's unrectified items, or from
 * both keeps each item's links to them through edits, and its items warn about stores that cannot or need not act.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class DraftEditingTest {

    static final String OFFICIAL = NoticeKindsTest.OFFICIAL;
    static final String APPROVER = NoticeKindsTest.APPROVER;
    static final String TITLE = "关于侵害用户权益行为的APP通报";
    static final String TAKEDOWN_TITLE = "关于下架侵害用户权益APP名单的通报";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void savingADraftFromFindingsUnchangedAnswersTheDraftNotAServerError() {
        List<Long> ids = findings(NoticeKindsTest.finding("com.edit.repro", "huawei", "collect-beyond-scope"));
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", TITLE, "findingIds", ids, "rectificationDays", 7))
                .post("/api/notices/from-findings").then().statusCode(201).extract().path("id");
        Map<String, Object> app = Map.of("name", "看看新闻", "packageName", "com.edit.repro", "version", "7.0",
                "operator", Map.of("name", "上海看看牛视网络传播有限公司", "creditCode", NoticeFixtures.DOUBAN_OPERATOR_CODE),
                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"), "refusedRectification", false);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", TITLE, "rectificationDays", 7, "apps", List.of(app)))
                .put("/api/notices/" + id)
                .then().statusCode(200).body("items[0].packageName", equalTo("com.edit.repro"))
                .body("items[0].findingIds", empty());
    }

    @Test
    void enteringFindingsAnswersTheirIdsInTheOrderSent() {
        String batch = batch();
        List<Integer> ids = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batch, "findings", List.of(
                        NoticeKindsTest.finding("com.ids.b", "huawei", "collect-beyond-scope"),
                        NoticeKindsTest.finding("com.ids.a", "xiaomi", "collect-beyond-scope"),
                        NoticeKindsTest.finding("com.ids.c", "oppo", "excessive-permissions"))))
                .post("/api/findings").then().statusCode(201)
                .body("batchId", equalTo(batch)).body("written", equalTo(3)).body("findingIds", hasSize(3))
                .extract().path("findingIds");
        List<String> packages = ids.stream().map(id -> given().auth().oauth2(OFFICIAL).queryParam("batchId", batch)
                .get("/api/findings").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == " + id + " }.packageName")).toList();
        assertEquals(List.of("com.ids.b", "com.ids.a", "com.ids.c"), packages);
    }

    @Test
    void editingADraftFromFindingsKeepsTheLinksOfTheItemsItKeepsAndDropsThoseOfRemovedItems() {
        List<Long> ids = findings(NoticeKindsTest.finding("com.keep.a", "huawei", "collect-beyond-scope"),
                NoticeKindsTest.finding("com.keep.a", "xiaomi", "excessive-permissions"),
                NoticeKindsTest.finding("com.keep.b", "oppo", "collect-beyond-scope"));
        JsonPath draft = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", TITLE, "findingIds", ids))
                .post("/api/notices/from-findings").then().statusCode(201).extract().jsonPath();
        String id = draft.getString("id");
        String itemA = draft.getString("items[0].itemId");
        String chainA = draft.getString("items[0].chainId");
        assertEquals(List.of(ids.get(0), ids.get(1)), longs(draft.getList("items[0].findingIds")));

        JsonPath unchanged = put(id, asRequest(draft)).extract().jsonPath();
        assertEquals(draft.getList("items.itemId"), unchanged.getList("items.itemId"));
        assertEquals(draft.getList("items.chainId"), unchanged.getList("items.chainId"));
        assertEquals(draft.getList("items.findingIds"), unchanged.getList("items.findingIds"));

        Map<String, Object> changed = asRequest(draft);
        List<Map<String, Object>> apps = apps(changed);
        apps.get(0).put("stores", List.of("huawei"));
        apps.get(0).put("version", "7.1");
        Map<String, Object> added = new HashMap<>(NoticeKindsTest.app("新应用", "com.keep.new"));
        apps.set(1, added);
        JsonPath edited = put(id, changed)
                .body("items", hasSize(2))
                .body("items[0].itemId", equalTo(itemA)).body("items[0].chainId", equalTo(chainA))
                .body("items[0].stores", contains("huawei")).body("items[0].version", equalTo("7.1"))
                .body("items[1].packageName", equalTo("com.keep.new")).body("items[1].findingIds", empty())
                .extract().jsonPath();
        assertEquals(List.of(ids.get(0), ids.get(1)), longs(edited.getList("items[0].findingIds")));

        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then().statusCode(200)
                .body("items.packageName", contains("com.keep.a", "com.keep.new"))
                .body("items[0].findingIds", hasSize(2)).body("editedBy", empty());
    }

    @Test
    void editingADraftFromUnrectifiedItemsKeepsEachItemsSourceItemAndMayReorderIt() {
        JsonPath source = NoticeKindsTest.publish(NoticeKindsTest.draft(NoticeKindsTest.notice("RECTIFICATION", Map.of(),
                List.of(NoticeKindsTest.app("甲应用", "com.unrect.a"), NoticeKindsTest.app("乙应用", "com.unrect.b")))));
        JsonPath draft = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("sourceNoticeId", source.getString("id"), "kind", "TAKEDOWN", "title", TAKEDOWN_TITLE))
                .post("/api/notices/from-unrectified").then().statusCode(201).extract().jsonPath();
        String id = draft.getString("id");
        assertEquals(source.getList("items.itemId"), draft.getList("items.sourceItemId"));

        put(id, asRequest(draft)).body("items.sourceItemId", equalTo(source.getList("items.itemId")));

        Map<String, Object> reordered = asRequest(draft);
        List<Map<String, Object>> apps = apps(reordered);
        apps.add(apps.remove(0));
        apps.get(0).put("problems", List.of("collect-beyond-scope", "excessive-permissions"));
        put(id, reordered)
                .body("items.packageName", contains("com.unrect.b", "com.unrect.a"))
                .body("items.seq", contains(1, 2))
                .body("items[0].problems", contains("collect-beyond-scope", "excessive-permissions"))
                .body("items.sourceItemId", contains(source.getString("items[1].itemId"),
                        source.getString("items[0].itemId")));

        Map<String, Object> shorter = asRequest(draft);
        apps(shorter).remove(1);
        put(id, shorter).body("items", hasSize(1))
                .body("items[0].sourceItemId", equalTo(source.getString("items[0].itemId")));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then()
                .body("sourceNoticeId", equalTo(source.getString("id")))
                .body("items[0].itemId", equalTo(draft.getString("items[0].itemId")));
    }

    @Test
    void refusesItemIdsThatNameNoItemOfTheDraftTheSameItemTwiceOrAnotherApp() {
        JsonPath draft = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(NoticeKindsTest.notice("RECTIFICATION", Map.of(), List.of(NoticeKindsTest.app("甲", "com.ids.x"),
                        NoticeKindsTest.app("乙", "com.ids.y"))))
                .post("/api/notices").then().statusCode(201).extract().jsonPath();
        Map<String, Object> body = asRequest(draft);
        apps(body).get(1).put("itemId", draft.getString("items[0].itemId"));
        apps(body).get(0).put("itemId", UUID.randomUUID().toString());
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).put("/api/notices/" + draft.getString("id"))
                .then().statusCode(400).body("errors.field", contains("apps[0].itemId", "apps[1].packageName"));
        Map<String, Object> twice = asRequest(draft);
        apps(twice).get(1).put("itemId", draft.getString("items[0].itemId"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(twice).put("/api/notices/" + draft.getString("id"))
                .then().statusCode(400).body("errors.field", contains("apps[1].itemId"))
                .body("errors[0].message", containsString("another entry keeps"));

        Map<String, Object> fresh = NoticeKindsTest.notice("RECTIFICATION", Map.of(), List.of(withItemId(
                NoticeKindsTest.app("丙", "com.ids.z"), draft.getString("items[0].itemId"))));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(fresh).post("/api/notices")
                .then().statusCode(400).body("errors[0].field", equalTo("apps[0].itemId"));
    }

    @Test
    void draftsOneTakedownFromARechecksUnrectifiedItemsAndFindingsKeepingEveryLinkThroughAnEdit() {
        JsonPath recheck = NoticeKindsTest.publish(NoticeKindsTest.draft(NoticeKindsTest.notice("RECHECK", Map.of(),
                List.of(NoticeKindsTest.app("部委甲", "com.mixed.a"), NoticeKindsTest.app("部委乙", "com.mixed.b"),
                        NoticeKindsTest.app("已整改", "com.mixed.fixed")))));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("reason", "官方认定", "status", "RECTIFIED", "fixedVersion", "8.0"))
                .put("/api/notices/" + recheck.getString("id") + "/items/" + recheck.getString("items[2].itemId")
                        + "/rectification").then().statusCode(204);
        List<Long> bureau = findings(NoticeKindsTest.finding("com.mixed.bureau", "vivo", "collect-beyond-scope"),
                NoticeKindsTest.finding("com.mixed.b", "oppo", "excessive-permissions"));

        JsonPath draft = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("sourceNoticeId", recheck.getString("id"), "kind", "TAKEDOWN", "title", TAKEDOWN_TITLE,
                        "findingIds", bureau))
                .post("/api/notices/from-unrectified").then().statusCode(201)
                .body("items.packageName", contains("com.mixed.a", "com.mixed.b", "com.mixed.bureau"))
                .body("items.refusedRectification", contains(true, true, true))
                .body("items[1].stores", contains("huawei", "oppo"))
                .body("items[1].problems", contains("collect-beyond-scope", "excessive-permissions"))
                .body("items[1].version", equalTo("7.1.0、7.0"))
                .body("items[2].sourceItemId", nullValue())
                .extract().jsonPath();
        assertEquals(recheck.getString("items[0].itemId"), draft.getString("items[0].sourceItemId"));
        assertEquals(recheck.getString("items[1].itemId"), draft.getString("items[1].sourceItemId"));
        assertEquals(List.of(), draft.getList("items[0].findingIds"));
        assertEquals(List.of(bureau.get(1)), longs(draft.getList("items[1].findingIds")));
        assertEquals(List.of(bureau.get(0)), longs(draft.getList("items[2].findingIds")));

        Map<String, Object> edited = asRequest(draft);
        apps(edited).remove(0);
        apps(edited).get(0).put("stores", List.of("huawei", "oppo", "vivo"));
        String id = draft.getString("id");
        put(id, edited).body("items", hasSize(2));
        JsonPath read = given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then().statusCode(200)
                .body("sourceNoticeId", equalTo(recheck.getString("id")))
                .body("items.packageName", contains("com.mixed.b", "com.mixed.bureau"))
                .body("items[0].stores", contains("huawei", "oppo", "vivo"))
                .extract().jsonPath();
        assertEquals(recheck.getString("items[1].itemId"), read.getString("items[0].sourceItemId"));
        assertEquals(List.of(bureau.get(1)), longs(read.getList("items[0].findingIds")));
        assertEquals(List.of(bureau.get(0)), longs(read.getList("items[1].findingIds")));
        assertEquals(draft.getString("items[1].chainId"), read.getString("items[0].chainId"));
    }

    @Test
    void aTakedownDraftWarnsAboutDeactivatedStoresAndStoresThatHaveTakenTheAppDownAlready() {
        String gone = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "StoreChanged", gone, """
                {"storeCode":"%s","nameZh":"停业商店","nameEn":"Closed store","company":"某公司","companyCreditCode":null,
                 "provinceCode":"44","active":false,"change":"DEACTIVATED","changedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(gone));
        JsonPath earlier = NoticeKindsTest.publish(NoticeKindsTest.draft(NoticeFixtures.takedown(List.of(
                NoticeFixtures.app("豆瓣", "com.warn.taken", NoticeFixtures.DOUBAN_OPERATOR_CODE,
                        List.of("collect-beyond-scope"), List.of("huawei", "xiaomi"))))));
        String earlierItem = earlier.getString("items[0].itemId");
        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "TakedownConfirmed",
                UUID.randomUUID().toString(), """
                {"orderId":"%s","noticeId":"%s","itemId":"%s","chainId":"%s","packageName":"com.warn.taken",
                 "storeCode":"huawei","removedAt":"2021-12-09T10:00:00Z","listingReference":null,
                 "note":null,"confirmedAt":"2021-12-09T10:05:00Z"}"""
                .formatted(UUID.randomUUID(), earlier.getString("id"), earlierItem, UUID.randomUUID()));

        String id = NoticeKindsTest.draft(NoticeFixtures.takedown(List.of(
                NoticeFixtures.app("豆瓣", "com.warn.taken", NoticeFixtures.DOUBAN_OPERATOR_CODE,
                        List.of("collect-beyond-scope"), List.of("huawei", gone, "xiaomi")))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(OFFICIAL)
                .get("/api/notices/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("items[0].inactiveStores", contains(gone))
                .body("items[0].unknownStores", not(hasItem(gone)))
                .body("items[0].alreadyTakenDownBy", contains("huawei")));

        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body(Map.of("reason", "已整改并通过复检"))
                .post("/api/notices/" + earlier.getString("id") + "/items/" + earlierItem + "/lifting")
                .then().statusCode(204);
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then()
                .body("items[0].alreadyTakenDownBy", empty()).body("items[0].inactiveStores", contains(gone));
    }

    static String batch() {
        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("title", "批次", "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 3))
                .post("/api/batches").then().statusCode(201).extract().path("id");
    }

    /** Enters the findings into a new batch and answers their ids, as POST /api/findings gives them. */
    @SafeVarargs
    static List<Long> findings(Map<String, Object>... findings) {
        List<Object> ids = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("batchId", batch(), "findings", List.of(findings)))
                .post("/api/findings").then().statusCode(201).extract().path("findingIds");
        return longs(ids);
    }

    static List<Long> longs(List<?> numbers) {
        return numbers.stream().map(n -> ((Number) n).longValue()).toList();
    }

    static io.restassured.response.ValidatableResponse put(String id, Map<String, Object> body) {
        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).put("/api/notices/" + id)
                .then().statusCode(200);
    }

    /** The PUT body a client builds from what GET answered: each item with its itemId. */
    static Map<String, Object> asRequest(JsonPath notice) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", notice.getString("kind"));
        body.put("title", notice.getString("title"));
        if (notice.get("deadline.days") != null) {
            body.put("rectificationDays", notice.getInt("deadline.days"));
        }
        List<Map<String, Object>> apps = new ArrayList<>();
        for (Map<String, Object> item : notice.<Map<String, Object>>getList("items")) {
            Map<String, Object> app = new HashMap<>();
            app.put("itemId", item.get("itemId"));
            app.put("name", item.get("appName"));
            app.put("packageName", item.get("packageName"));
            app.put("version", item.get("version"));
            @SuppressWarnings("unchecked")
            Map<String, Object> operator = (Map<String, Object>) item.get("operator");
            app.put("operator", Map.of("name", operator.get("name"), "creditCode", operator.get("creditCode")));
            app.put("problems", item.get("problems"));
            app.put("stores", item.get("stores"));
            app.put("refusedRectification", item.get("refusedRectification"));
            apps.add(app);
        }
        body.put("apps", apps);
        return body;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> apps(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("apps");
    }

    static Map<String, Object> withItemId(Map<String, Object> app, String itemId) {
        Map<String, Object> copy = new HashMap<>(app);
        copy.put("itemId", itemId);
        return copy;
    }
}
