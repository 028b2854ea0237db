package org.appsupervision.notice.publicnotice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class PublicNoticeResourceTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String appName;
    String noticeId;

    @BeforeEach
    void publishARectificationNoticeWithAnAppInTwoStores() {
        String storeCode = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        EventProbe.publish(bootstrap, "appstore.events", UUID.randomUUID().toString(), "StoreChanged", storeCode, """
                {"storeCode":"%s","nameZh":"公开测试商店","nameEn":"Public test store","company":"某公司",
                 "companyCreditCode":null,"provinceCode":"44","active":true,"change":"REGISTERED",
                 "changedAt":"2026-01-01T00:00:00Z"}""".formatted(storeCode));
        appName = "公开应用" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报",
                "rectificationDays", 6, "apps", List.of(Map.of("name", appName, "packageName", "com.pub.a" + System.nanoTime(),
                        "version", "3.2.1", "operator", Map.of("name", "北京豆网科技有限公司", "creditCode", "91110108551385082Q"),
                        "problems", List.of("collect-beyond-scope", "excessive-permissions"),
                        "stores", List.of("huawei", storeCode), "refusedRectification", false))));
        noticeId = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> !given().auth().oauth2(OFFICIAL).get("/api/notices/" + noticeId)
                .then().extract().jsonPath().getList("items[0].unknownStores").contains(storeCode));
        given().auth().oauth2(APPROVER).post("/api/notices/" + noticeId + "/approval").then().statusCode(200);
        given().auth().oauth2(APPROVER).post("/api/notices/" + noticeId + "/publication").then().statusCode(200);
    }

    @Test
    void searchesPublishedNoticesWithoutLoginByAppOperatorProblemAndDate() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().queryParam("app", appName).get("/api/public/notices")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(noticeId))
                .body("items[0].appCount", equalTo(1));
        given().queryParam("app", appName).queryParam("operator", "豆网").queryParam("problem", "excessive-permissions")
                .queryParam("from", today).queryParam("to", today).get("/api/public/notices")
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("app", appName).queryParam("problem", "forced-targeted-push").get("/api/public/notices")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("app", appName).queryParam("to", "2020-01-01").get("/api/public/notices")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("size", 1).queryParam("page", 0).get("/api/public/notices")
                .then().statusCode(200).body("size", equalTo(1));
    }

    @Test
    void hidesDraftsFromThePublic() {
        String draft = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "TAKEDOWN", "title", "草稿", "apps", List.of(Map.of("name", "草稿应用",
                        "packageName", "com.draft.only", "operator", Map.of("name", "某公司", "creditCode", "91110108551385082Q"),
                        "problems", List.of("collect-beyond-scope"), "stores", List.of(), "refusedRectification", true))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().get("/api/public/notices/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("app", "草稿应用").get("/api/public/notices").then().body("total", equalTo(0));
    }

    @Test
    void rendersTheMinistrysDocumentWithTheDeadlineAndARowPerStore() {
        JsonPath notice = given().get("/api/public/notices/" + noticeId).then().statusCode(200).extract().jsonPath();
        String deadline = DateTimeFormatter.ofPattern("yyyy年M月d日").format(LocalDate.parse(notice.getString("deadline")));
        String html = given().get("/api/public/notices/" + noticeId + "/document")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(html, containsString(notice.getString("title")));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("上述APP应在" + deadline + "前完成整改落实工作"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("<th>序号</th><th>应用名称</th><th>应用开发者</th><th>应用来源</th><th>应用版本</th><th>所涉问题</th>"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("<td>1</td><td>" + appName + "</td><td>北京豆网科技有限公司</td><td>huawei</td>"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("<td>2</td><td>" + appName + "</td><td>北京豆网科技有限公司</td><td>公开测试商店</td><td>3.2.1</td><td>超范围收集个人信息、APP强制、频繁、过度索取权限</td>"));
    }

    @Test
    void exportsTheTableAsCsvAndXlsx() throws Exception {
        String csv = new String(given().get("/api/public/notices/" + noticeId + "/table.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF附件,序号,应用名称,应用开发者,应用来源,应用版本,所涉问题", lines.get(0));
        assertEquals(3, lines.size());
        org.hamcrest.MatcherAssert.assertThat(lines.get(2), containsString("\"公开测试商店\""));

        byte[] xlsx = given().get("/api/public/notices/" + noticeId + "/table.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("所涉问题", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(appName, sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("公开测试商店", sheet.getRow(3).getCell(3).getStringCellValue());
            assertEquals(2.0, sheet.getRow(3).getCell(0).getNumericCellValue());
        }
    }

    @Test
    void offersAnAtomFeedOfNewNotices() {
        given().get("/api/public/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("<id>urn:uuid:" + noticeId + "</id>"))
                .body(containsString("http://www.w3.org/2005/Atom"))
                .body(not(containsString("草稿应用")));
    }
}
