package org.appsupervision.notice.archive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.notice.notice.BatchNumbering;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The 2021 round from the archive file the demo seeds (devstack's demo/round-2021.jsonl), in a database of its own:
 * the real titles, numbers, dates and annexes reach the public document, nothing is ordered, a second import changes
 * nothing, and the counters continue from 2021年第11批,总第20批.
 */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveRoundTest {

    static final String ADMIN = TestTokens.user("root.admin", "admin");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");
    static final String RECHECK_TITLE = "关于侵害用户权益行为APP“回头看”的通报(2021年第11批,总第20批)";
    static final String TAKEDOWN_TITLE = "关于下架侵害用户权益APP名单的通报";
    static final List<String> HEADINGS = List.of("附件1：工业和信息化部下架的应用软件名单", "附件2：山西省通信管理局下架的应用软件名单",
            "附件3：辽宁省通信管理局下架的应用软件名单", "附件4：浙江省通信管理局下架的应用软件名单", "附件5：广东省通信管理局下架的应用软件名单",
            "附件6：四川省通信管理局下架的应用软件名单", "附件7：贵州省通信管理局下架的应用软件名单", "附件8：陕西省通信管理局下架的应用软件名单");
    /** Apps per annex; the ministry's five have a row per store (5 + 3 + 3 + 4 + 3), the bureaus' apps one store each. */
    static final List<Integer> APPS = List.of(5, 14, 12, 16, 22, 15, 10, 12);
    static final List<Integer> ROWS = List.of(18, 14, 12, 16, 22, 15, 10, 12);

    @Inject
    DataSource database;

    @Inject
    BatchNumbering numbering;

    static byte[] roundFile() throws IOException {
        try (InputStream in = ArchiveRoundTest.class.getResourceAsStream("/demo/round-2021.jsonl")) {
            return in.readAllBytes();
        }
    }

    static JsonPath importRound() throws IOException {
        return given().auth().oauth2(ADMIN).contentType("application/x-ndjson").body(roundFile())
                .post("/api/notices/archive").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void importsTheRoundAsPublishedHistoricalNoticesThatOrderNothing() throws IOException {
        JsonPath report = importRound();
        assertEquals(2, report.getInt("imported"));
        assertEquals(List.of("IMPORTED", "IMPORTED"), report.getList("notices.outcome"));
        assertEquals(List.of(5, 106), report.getList("notices.appCount"));
        String recheck = report.getString("notices[0].id");
        String takedown = report.getString("notices[1].id");
        assertEquals("[[0]]", rows("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + recheck + "%' OR payload "
                + "LIKE '%" + takedown + "%'").get().toString(), "no TakedownOrdered, no deadline events");
        assertEquals("[[0]]", rows("SELECT count(*) FROM item_rectification r JOIN notice_item i ON i.id = r.item_id "
                + "WHERE i.notice_id = '" + recheck + "'").get().toString(), "no rectification to watch");
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + recheck).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("title", equalTo(RECHECK_TITLE))
                .body("batchYear", equalTo(2021)).body("yearlyBatch", equalTo(11)).body("cumulativeBatch", equalTo(20))
                .body("deadline.date", equalTo("2021-11-09")).body("imported.by", equalTo("root.admin"))
                .body("items.reportedBy", contains("MINISTRY", "MINISTRY", "MINISTRY", "MINISTRY", "MINISTRY"));
        given().get("/api/public/notices").then().statusCode(200).body("total", equalTo(2))
                .body("items.title", contains(TAKEDOWN_TITLE, RECHECK_TITLE))
                .body("items.publishedAt", contains("2021-12-08T16:00:00Z", "2021-11-02T16:00:00Z"));
        given().get("/api/public/feed.atom").then().statusCode(200).body(containsString(RECHECK_TITLE));
    }

    @Test
    @Order(2)
    void theTakedownOfDecember2021HasItsEightAnnexesInTheRealOrderWithItsWording() {
        String id = publicId(TAKEDOWN_TITLE);
        JsonPath notice = given().get("/api/public/notices/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(106, notice.getInt("appCount"));
        List<String> labels = notice.getList("annexes.label");
        List<String> headings = notice.getList("annexes.heading");
        assertEquals(HEADINGS, java.util.stream.IntStream.range(0, labels.size())
                .mapToObj(i -> labels.get(i) + "：" + headings.get(i)).toList());
        assertEquals(APPS, notice.getList("annexes.appCount"));
        assertEquals(ROWS, notice.getList("annexes").stream().map(a -> ((List<?>) ((Map<?, ?>) a).get("rows")).size())
                .toList());
        assertEquals(List.of("MINISTRY", "14", "21", "33", "44", "51", "52", "61"), notice.getList("annexes.authority"));

        String html = given().get("/api/public/notices/" + id + "/document").then().statusCode(200).extract().asString();
        assertEquals(HEADINGS, headings(html));
        assertEquals(ROWS, rowsPerAnnex(html));
        assertTrue(html.contains("2021年12月9日"), "dated as published");
        assertTrue(html.contains("依据《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》等法律法规"), html);
        assertTrue(html.contains("针对部分违规情节严重、拒不整改的APP，属地通信管理局应对APP运营主体依法予以行政处罚。"), html);
        assertTrue(html.contains("<td>1</td><td>看看新闻</td>"), "the ministry's annex opens with 看看新闻");
        assertTrue(html.contains("（生成名称）"), "the bureaus' generated names are marked");
        assertTrue(html.contains("本通报为录入本系统存档的历史通报"), "marked as imported");

        String csv = given().get("/api/public/notices/" + id + "/table.csv").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF附件,序号,应用名称,应用开发者,应用来源,应用版本,所涉问题", lines.get(0));
        assertEquals(1 + ROWS.stream().mapToInt(Integer::intValue).sum(), lines.size());
        assertTrue(lines.get(1).startsWith("\"附件1 工业和信息化部下架的应用软件名单\",1,\"看看新闻\""), lines.get(1));
        assertTrue(lines.get(19).startsWith("\"附件2 山西省通信管理局下架的应用软件名单\",1,"), lines.get(19));
    }

    @Test
    @Order(3)
    void theReCheckOfNovember2021KeepsItsTitleNumbersDeadlineAndDate() {
        String id = publicId(RECHECK_TITLE);
        String html = given().get("/api/public/notices/" + id + "/document").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h1>" + RECHECK_TITLE + "</h1>"), html);
        assertTrue(html.contains("上述APP应在2021年11月9日前完成整改落实工作"), html);
        assertTrue(html.contains("，并给予行政处罚"), html);
        assertTrue(html.contains("2021年11月3日"), html);
        assertEquals(List.of("附件：工业和信息化部通报的未完成整改APP名单"), headings(html));
    }

    @Test
    @Order(4)
    void importingTheSameFileAgainChangesNothing() throws IOException {
        JsonPath again = importRound();
        assertEquals(0, again.getInt("imported"));
        assertEquals(2, again.getInt("alreadyImported"));
        assertEquals("[[2]]", rows("SELECT count(*) FROM notice").get().toString());
    }

    @Test
    @Order(5)
    void theNextNoticeOfTheSuiteContinuesTheCumulativeSeriesAt21() {
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("kind", "RECTIFICATION",
                "title", "关于侵害用户权益行为的APP通报", "apps", List.of(Map.of("name", "续号应用", "packageName",
                        "com.archive.next", "operator", Map.of("name", "北京豆网科技有限公司", "creditCode",
                                "91110108551385082Q"), "problems", List.of("collect-beyond-scope"),
                        "refusedRectification", false))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        JsonPath published = given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication")
                .then().statusCode(200).extract().jsonPath();
        int year = published.getInt("batchYear");
        assertEquals(21, published.getInt("cumulativeBatch"));
        assertEquals(1, published.getInt("yearlyBatch"), "this year's counter starts from what exists for " + year);
        assertEquals("关于侵害用户权益行为的APP通报(" + year + "年第1批,总第21批)", published.getString("title"));
    }

    @Test
    @Order(6)
    @TestTransaction
    void aNoticeOf2021WouldContinue2021sYearlyCounter() {
        BatchNumbering.Numbers next = numbering.next(2021);
        assertEquals(2021, next.year());
        assertEquals(12, next.yearly());
        assertEquals(22, next.cumulative());
        assertEquals("(2021年第12批,总第22批)", next.titleSuffix());
    }

    @Test
    @Order(7)
    void statisticsSayWhatIsImportedAndCountNoticeBatchesApartFromDetectionBatches() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(List.of(Map.of("asOf", "2021-11-30", "batches", 21,
                "appsTested", 2_440_000, "appsNotified", 2049, "appsTakenDown", 540, "proactiveRemovals", 400_000)))
                .put("/api/stats/history").then().statusCode(204);
        given().auth().oauth2(OFFICIAL).queryParam("asOf", "2021-12-31").get("/api/stats").then().statusCode(200)
                .body("totals.imported.noticeBatches", equalTo(21))
                .body("totals.imported.appsTested", equalTo(2_440_000))
                .body("totals.imported.appsNotified", equalTo(2049 + 106))
                .body("totals.imported.appsTakenDown", equalTo(540 + 106))
                .body("totals.own.noticeBatches", equalTo(0))
                .body("totals.own.detectionBatches", equalTo(0))
                .body("totals.noticeBatches", equalTo(21))
                .body("totals.detectionBatches", equalTo(0))
                .body("totals.appsTakenDown", equalTo(646))
                .body("importedPerYear.key", contains("2021"))
                .body("importedPerYear[0].noticeBatches", equalTo(1))
                .body("importedPerYear[0].appsTakenDown", equalTo(106));
        given().auth().oauth2(OFFICIAL).get("/api/stats").then().statusCode(200)
                .body("totals.own.noticeBatches", equalTo(1))
                .body("perYear.noticeBatches.sum()", equalTo(1));
    }

    private static String publicId(String title) {
        return given().get("/api/public/notices").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.title == '" + title + "' }.id");
    }

    static List<String> headings(String html) {
        List<String> headings = new ArrayList<>();
        Matcher m = Pattern.compile("<h2 class=\"annex\">([^<]*)</h2>").matcher(html);
        while (m.find()) {
            headings.add(m.group(1));
        }
        return headings;
    }

    static List<Integer> rowsPerAnnex(String html) {
        List<Integer> rows = new ArrayList<>();
        String[] sections = html.split("<h2 class=\"annex\">");
        for (int i = 1; i < sections.length; i++) {
            rows.add(sections[i].split("<tr><td>", -1).length - 1);
        }
        return rows;
    }

    java.util.function.Supplier<Object> rows(String sql) {
        return AccessMatrix.rows(database, sql);
    }
}
