package org.appsupervision.notice.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.notice.rectification.RectificationDeadlineWatch;
import org.appsupervision.notice.sdk.Sdk;
import org.appsupervision.notice.sdk.SdkRepository;
import org.junit.jupiter.api.Test;

/**
 * Notices naming third-party SDKs: drafted against the registry (its provider frozen as the item's party), refused
 * with the field named and nothing written, published with their own table, unrectified after the deadline like apps
 * but with no penalty event, and never taken down.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class SdkNoticeTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");
    /** A valid credit code of Beijing (province 11) that operates no app of these tests. */
    static final String PROVIDER_CODE = "91110000802100433B";

    @Inject
    SdkRepository sdks;

    @Inject
    EntityManager em;

    @Inject
    RectificationDeadlineWatch deadlineWatch;

    /** Registers an SDK directly in the registry's tables (the registry's API is another part's). */
    String registered(boolean active, String... versions) {
        String code = "sdk-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            Sdk sdk = new Sdk();
            sdk.code = code;
            sdk.nameZh = "测试统计SDK";
            sdk.nameEn = "Test analytics SDK";
            sdk.providerName = "北京测试数据科技有限公司";
            sdk.providerCreditCode = PROVIDER_CODE;
            sdk.providerProvinceCode = "11";
            sdk.active = active;
            sdk.versions = new LinkedHashSet<>(List.of(versions));
            sdk.createdBy = "test";
            sdk.createdAt = Instant.now();
            sdks.persist(sdk);
        });
        return code;
    }

    static Map<String, Object> sdkItem(String code, List<String> versions) {
        return Map.of("subject", "SDK", "sdk", code, "sdkVersions", versions, "problems",
                List.of("collect-beyond-scope"));
    }

    static Map<String, Object> app(String pkg) {
        return Map.of("name", "集成应用", "packageName", pkg, "version", "2.0",
                "operator", Map.of("name", "北京豆网科技有限公司", "creditCode", NoticeFixtures.DOUBAN_OPERATOR_CODE),
                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"), "refusedRectification", false);
    }

    static Map<String, Object> notice(String kind, List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", "关于侵害用户权益行为的APP及第三方SDK通报",
                "apps", new ArrayList<>(items)));
        if (!"TAKEDOWN".equals(kind)) {
            body.put("rectificationDays", 10);
        }
        return body;
    }

    static JsonPath published(Map<String, Object> body) {
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body)
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        return given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(200)
                .extract().jsonPath();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void draftsAnSdkItemWithTheRegistrysProviderAndPublishesItInItsOwnTable() throws Exception {
        String code = registered(true, "9.6.1", "9.6.3");
        String pkg = "com.sdk.host" + System.nanoTime();
        JsonPath notice = published(notice("RECTIFICATION", List.of(app(pkg), sdkItem(code, List.of("9.6.3", "9.6.1")))));
        String id = notice.getString("id");
        assertEquals("APP", notice.getString("items[0].subject"));
        assertEquals("SDK", notice.getString("items[1].subject"));
        assertEquals(code, notice.getString("items[1].sdk.code"));
        assertEquals("测试统计SDK", notice.getString("items[1].sdk.nameZh"));
        assertEquals("Test analytics SDK", notice.getString("items[1].sdk.nameEn"));
        assertEquals("北京测试数据科技有限公司", notice.getString("items[1].sdk.providerName"));
        assertEquals(PROVIDER_CODE, notice.getString("items[1].sdk.providerCreditCode"));
        assertEquals(List.of("9.6.3", "9.6.1"), notice.getList("items[1].sdk.versions"));
        assertEquals((Object) null, notice.get("items[1].packageName"));
        assertEquals((Object) null, notice.get("items[1].operator"));
        assertEquals(List.of(), notice.getList("items[1].stores"));
        assertEquals("PENDING", notice.getString("items[1].rectification.status"));
        assertEquals((Object) null, notice.get("items[0].sdk"));
        assertTrue(notice.getString("contentHash").startsWith("sha256:"));

        given().get("/api/public/notices/" + id).then().statusCode(200)
                .body("appCount", equalTo(1)).body("sdkCount", equalTo(1))
                .body("rows.appName", not(hasItem(nullValue())))
                .body("sdkRows[0].sdkName", equalTo("测试统计SDK"))
                .body("sdkRows[0].provider", equalTo("北京测试数据科技有限公司"))
                .body("sdkRows[0].versions", equalTo("9.6.3、9.6.1"));
        String html = given().get("/api/public/notices/" + id + "/document").then().statusCode(200).extract().asString();
        int appsTable = html.indexOf("应用开发者");
        int sdkTable = html.indexOf("存在问题的第三方SDK名单");
        assertTrue(appsTable > 0 && sdkTable > appsTable, "the SDKs' table follows the apps' table: " + html);
        assertTrue(html.contains("<td>测试统计SDK</td><td>北京测试数据科技有限公司</td><td>9.6.3、9.6.1</td>"), html);
        assertTrue(html.contains("另有1款第三方SDK"), html);

        byte[] pdf = given().get("/api/public/notices/" + id + "/document.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\r\\n]", "");
            assertTrue(text.contains("存在问题的第三方SDK名单") && text.contains("第三方服务提供者"), text);
            assertTrue(text.contains("北京测试数据科技有限公司") && text.contains("测试统计SDK"), text);
        }
    }

    @Test
    void anOperatorWithTheProvidersCreditCodeDoesNotSeeTheSdkItem() {
        String code = registered(true, "1.0");
        String id = published(notice("RECTIFICATION", List.of(app("com.sdk.other" + System.nanoTime()),
                sdkItem(code, List.of("1.0"))))).getString("id");
        given().auth().oauth2(TestTokens.operator("provider.user", PROVIDER_CODE))
                .get("/api/enterprise/notices?limit=1000").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void badSdkItemsAreRefusedNamingTheFieldAndWriteNothing() {
        String code = registered(true, "2.0");
        String inactive = registered(false, "2.0");
        long notices = count("SELECT count(*) FROM notice");
        List<Object[]> cases = List.of(
                new Object[] {notice("RECTIFICATION", List.of(sdkItem("sdk-never-registered", List.of("2.0")))), "apps[0].sdk"},
                new Object[] {notice("RECTIFICATION", List.of(sdkItem(inactive, List.of("2.0")))), "apps[0].sdk"},
                new Object[] {notice("RECTIFICATION", List.of(sdkItem(code, List.of("2.0", "3.0")))), "apps[0].sdkVersions[1]"},
                new Object[] {notice("RECTIFICATION", List.of(sdkItem(code, List.of()))), "apps[0].sdkVersions"},
                new Object[] {notice("RECTIFICATION", List.of(sdkItem(code, List.of("2.0")), sdkItem(code, List.of("2.0")))), "apps[1].sdk"},
                new Object[] {notice("TAKEDOWN", List.of(app("com.sdk.takedown" + System.nanoTime()), sdkItem(code, List.of("2.0")))), "apps[1].subject"});
        for (Object[] c : cases) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(c[0]).post("/api/notices").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(c[1]));
        }
        Map<String, Object> withAppField = new HashMap<>(sdkItem(code, List.of("2.0")));
        withAppField.put("packageName", "com.not.for.sdk");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(notice("RECTIFICATION", List.of(withAppField))).post("/api/notices").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(notice("RECTIFICATION", List.of(Map.of("subject", "STORE", "sdk", code)))).post("/api/notices")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(notices, count("SELECT count(*) FROM notice"));
    }

    @Test
    void anEntryWhoseSubjectIsNeitherAppNorSdkIsRefusedEvenWithEveryAppField() {
        long notices = count("SELECT count(*) FROM notice");
        for (String subject : List.of("", "STORE", "app", "\u0000", "\ud800")) {
            Map<String, Object> entry = new HashMap<>(app("com.sdk.subject" + System.nanoTime()));
            entry.put("subject", subject);
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                    .body(notice("RECTIFICATION", List.of(entry))).post("/api/notices").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("apps[0].subject"));
        }
        Map<String, Object> explicit = new HashMap<>(app("com.sdk.subject" + System.nanoTime()));
        explicit.put("subject", "APP");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(notice("RECTIFICATION", List.of(explicit))).post("/api/notices").then().statusCode(201)
                .body("items[0].subject", equalTo("APP"));
        assertEquals(notices + 1, count("SELECT count(*) FROM notice"));
    }

    @Test
    void editingKeepsAnSdkItemByItsIdAndRefusesAnotherSdkForIt() {
        String code = registered(true, "4.0", "4.1");
        String other = registered(true, "1.0");
        JsonPath draft = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(notice("RECTIFICATION", List.of(sdkItem(code, List.of("4.0"))))).post("/api/notices").then()
                .statusCode(201).extract().jsonPath();
        String itemId = draft.getString("items[0].itemId");
        Map<String, Object> kept = new HashMap<>(sdkItem(code, List.of("4.0", "4.1")));
        kept.put("itemId", itemId);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(notice("RECTIFICATION", List.of(kept)))
                .put("/api/notices/" + draft.getString("id")).then().statusCode(200)
                .body("items[0].itemId", equalTo(itemId)).body("items[0].sdk.versions", equalTo(List.of("4.0", "4.1")));
        Map<String, Object> swapped = new HashMap<>(sdkItem(other, List.of("1.0")));
        swapped.put("itemId", itemId);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(notice("RECTIFICATION", List.of(swapped)))
                .put("/api/notices/" + draft.getString("id")).then().statusCode(400)
                .body("errors.field", hasItem("apps[0].sdk"));
    }

    @Test
    void anSdkItemIsUnrectifiedAfterTheDeadlineWithoutAPenaltyEventAndIsNeverTakenDown() {
        String code = registered(true, "5.0");
        String pkg = "com.sdk.late" + System.nanoTime();
        JsonPath notice = published(notice("RECTIFICATION", List.of(app(pkg), sdkItem(code, List.of("5.0")))));
        String id = notice.getString("id");
        String appItem = notice.getString("items[0].itemId");
        String sdkItem = notice.getString("items[1].itemId");
        deadlineWatch.passDeadlinesBefore(RectificationDeadline.today().plusDays(60));
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then()
                .body("items[1].rectification.deadlinePassedAt", notNullValue())
                .body("items[1].rectification.status", equalTo("PENDING"));
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE event_type = 'RectificationDeadlinePassed' "
                + "AND payload LIKE '%" + appItem + "%'"));
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + sdkItem + "%'"));

        String takedown = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "TAKEDOWN", "title", "关于下架侵害用户权益APP的通报", "sourceNoticeId", id))
                .post("/api/notices/from-unrectified").then().statusCode(201)
                .body("items.subject", equalTo(List.of("APP")))
                .body("items[0].packageName", equalTo(pkg)).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + takedown + "/approval").then().statusCode(200);
        given().auth().oauth2(APPROVER).post("/api/notices/" + takedown + "/publication").then().statusCode(200);
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE event_type = 'TakedownOrdered' "
                + "AND payload LIKE '%" + code + "%'"));

        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("reason", "部委核验提供者的修复版本", "status", "RECTIFIED", "fixedVersion", "5.1"))
                .put("/api/notices/" + id + "/items/" + sdkItem + "/rectification").then().statusCode(204);
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then()
                .body("items[1].rectification.status", equalTo("RECTIFIED"))
                .body("items[1].rectification.overridden", equalTo(true));
    }

    @Test
    void theDatabaseRefusesAnSdkItemWithoutVersionsOrWithAppFields() {
        String code = registered(true, "6.0");
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(notice("RECTIFICATION", List.of(sdkItem(code, List.of("6.0"))))).post("/api/notices").then()
                .statusCode(201).extract().path("id");
        for (String change : List.of("sdk_versions = '{}'", "package_name = 'com.sdk.pkg'", "sdk_code = NULL",
                "subject = 'APP'")) {
            String failure;
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE notice_item SET " + change
                        + " WHERE notice_id = '" + id + "'").executeUpdate());
                failure = "updated";
            } catch (RuntimeException e) {
                failure = "refused";
            }
            assertEquals("refused", failure, change);
        }
    }

    @Test
    void theContentHashCoversTheSdkItems() {
        Notice notice = new Notice();
        notice.kind = NoticeKind.RECTIFICATION;
        notice.title = "通报";
        NoticeItem item = new NoticeItem();
        item.seq = 1;
        item.subject = NoticeItem.Subject.SDK;
        item.sdkCode = "umeng-analytics";
        item.sdkNameZh = "友盟+统计 SDK";
        item.sdkNameEn = "Umeng analytics SDK";
        item.sdkVersions = new String[] {"9.6.3"};
        item.operatorName = "提供者";
        item.operatorCreditCode = PROVIDER_CODE;
        item.problemCodes = new LinkedHashSet<>(List.of("collect-beyond-scope"));
        notice.items.add(item);
        String before = ContentHash.of(notice);
        item.sdkVersions = new String[] {"9.6.4"};
        assertNotEquals(before, ContentHash.of(notice));
        item.sdkVersions = new String[] {"9.6.3"};
        item.operatorName = "另一提供者";
        assertNotEquals(before, ContentHash.of(notice));
    }
}
