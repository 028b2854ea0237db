package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appsupervision.devstack.Postgres;
import org.appsupervision.e2e.portal.PortalBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 16's loop through the gateway against the packaged services: enterprises register and are verified, a
 * rectification notice names their apps, they report with evidence, testing agencies re-check, the deadline passes,
 * and only the app whose re-check failed is drafted into the takedown notice; then the enterprise's and the agency's
 * portal pages in a real browser (skipped without Chromium), in the same suite to save its start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnterpriseLoopIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** The demo enterprise and agency the gateway seeds (gateway {@code DemoEnterprises}, {@code DemoSeed}). */
    static final String DOUBAN_CODE = "91110105N38RG8QLT1";
    static final String CAICT_CODE = "91110108MA0CHKP01U";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    // The deadline watch runs every second here (5 minutes by default), so that a deadline moved into the past
    // is published while the test waits, not minutes later.
    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofMinutes(10))
            .withOptions(options -> options.withNoticeSettings(Map.of("notice.deadline-watch.every", "1s")));
    static final Gateway gateway = suite.gateway();
    /** Agency credit code to the username of its account. */
    static Map<String, String> agencyAccounts;

    @BeforeAll
    static void registerTheAgencies() {
        String admin = gateway.login("admin");
        String official = gateway.login("wang.official");
        String otherAgency = ChainFixtures.creditCode("310115", new Random(16));
        for (String code : List.of(CAICT_CODE, otherAgency)) {
            gateway.as(official).contentType("application/json").body(Map.of("name", "检测机构 " + code,
                    "creditCode", code, "provinces", List.of(), "active", true)).post("/api/agencies")
                    .then().statusCode(201);
        }
        gateway.as(admin).contentType("application/json").body(Map.of("username", "q.tester",
                "displayName", "上海某检测机构", "roles", List.of("agency"), "password", ChainFixtures.PASSWORD,
                "agencyCode", otherAgency)).post("/admin/accounts").then().statusCode(201);
        agencyAccounts = Map.of(CAICT_CODE, "caict.tester", otherAgency, "q.tester");
    }

    @Test
    @Order(1)
    void aFailedRecheckPutsTheAppOnTheTakedownNoticeAndAPassingOneKeepsItOff() throws Exception {
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Random random = new Random(1616);
        String codeA = ChainFixtures.creditCode("440300", random);
        String codeB = ChainFixtures.creditCode("330100", random);
        // A is verified by the bureau of its province (广东, digits 3-4 of its code), B by the ministry.
        gateway.registerVerifiedEnterprise(gateway.login("chen.gd"), "深圳甲科技有限公司", codeA, "a.operator",
                ChainFixtures.PASSWORD);
        gateway.registerVerifiedEnterprise(official, "杭州乙科技有限公司", codeB, "b.operator", ChainFixtures.PASSWORD);
        String enterpriseA = gateway.login("a.operator");
        String enterpriseB = gateway.login("b.operator");
        assertTrue(claims(enterpriseA).contains("\"credit_code\":\"" + codeA + "\""), claims(enterpriseA));

        List<Long> findings = findings(official, List.of(
                finding("com.jia.e2e", "甲应用", "深圳甲科技有限公司", codeA),
                finding("com.yi.e2e", "乙应用", "杭州乙科技有限公司", codeB)));
        String noticeId = publishRectification(official, approver, findings, "关于侵害用户权益行为的APP通报（闭环）");

        String itemA = ownItem(enterpriseA, noticeId, "com.jia.e2e");
        String itemB = ownItem(enterpriseB, noticeId, "com.yi.e2e");
        gateway.as(enterpriseB).get("/api/enterprise/notices/" + noticeId).then().statusCode(200)
                .body("items.itemId", equalTo(List.of(itemB)));
        gateway.as(enterpriseB).contentType("application/json").body(Map.of("itemId", itemA, "changes", "冒名",
                "fixedVersion", "9.9.9")).post("/api/enterprise/rectification-reports")
                .then().statusCode(404).contentType("application/problem+json");

        String reportA = submitReport(enterpriseA, itemA, "2.0.0");
        gateway.as(enterpriseB).get("/api/enterprise/rectification-reports/" + reportA)
                .then().statusCode(404).contentType("application/problem+json");
        String reportB = submitReport(enterpriseB, itemB, "3.1.0");

        Task taskA = task(official, itemA);
        String agencyOfA = taskA.agencyCode();
        String assigned = gateway.login(agencyAccounts.get(agencyOfA));
        String other = gateway.login(agencyAccounts.keySet().stream().filter(c -> !c.equals(agencyOfA))
                .map(agencyAccounts::get).findFirst().orElseThrow());
        String taskIdA = taskA.id();
        gateway.as(other).get("/api/agency/tasks/" + taskIdA).then().statusCode(404)
                .contentType("application/problem+json");
        gateway.as(other).contentType("application/json").body(Map.of("outcome", "RECTIFIED", "testedVersion",
                "2.0.0", "findings", "越权")).post("/api/agency/tasks/" + taskIdA + "/result").then().statusCode(404);
        gateway.as(assigned).get("/api/agency/tasks/" + taskIdA).then().statusCode(200)
                .body("report.id", equalTo(reportA)).body("report.evidence.size()", equalTo(1));
        gateway.as(assigned).contentType("application/json").body(Map.of("outcome", "NOT_RECTIFIED",
                "testedVersion", "2.0.0", "findings", "首次启动仍读取通讯录")).post("/api/agency/tasks/" + taskIdA + "/result")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        Task taskB = task(official, itemB);
        String agencyB = gateway.login(agencyAccounts.get(taskB.agencyCode()));
        gateway.as(agencyB).contentType("application/json").body(Map.of("outcome", "RECTIFIED",
                "testedVersion", "3.1.0", "findings", "复测未发现超范围收集"))
                .post("/api/agency/tasks/" + taskB.id() + "/result").then().statusCode(200);
        gateway.as(enterpriseB).get("/api/enterprise/rectification-reports/" + reportB).then().statusCode(200)
                .body("recheck.outcome", equalTo("RECTIFIED"));

        moveDeadlineIntoThePast(noticeId);
        // A's item is published as passed by the watch; B's, rectified by its re-check, is left alone in the same run.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway.as(official).get("/api/notices/" + noticeId)
                .then().statusCode(200)
                .body("items.find { it.itemId == '" + itemA + "' }.rectification.deadlinePassedAt", notNullValue()));
        gateway.as(official).get("/api/notices/" + noticeId).then()
                .body("items.find { it.itemId == '" + itemA + "' }.rectification.status", not(equalTo("RECTIFIED")))
                .body("items.find { it.itemId == '" + itemA + "' }.rectification.recheckOutcome", equalTo("NOT_RECTIFIED"))
                .body("items.find { it.itemId == '" + itemB + "' }.rectification.status", equalTo("RECTIFIED"))
                .body("items.find { it.itemId == '" + itemB + "' }.rectification.basis", equalTo("RECHECK"))
                .body("items.find { it.itemId == '" + itemB + "' }.rectification.deadlinePassedAt", nullValue());
        gateway.as(enterpriseA).get("/api/enterprise/notices/" + noticeId).then().statusCode(200)
                .body("items[0].rectification.deadlinePassedAt", notNullValue());
        gateway.as(enterpriseA).contentType("application/json").body(Map.of("itemId", itemA, "changes", "再次整改",
                "fixedVersion", "2.0.1")).post("/api/enterprise/rectification-reports")
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("/deadline-passed"));

        JsonPath takedown = gateway.as(official).contentType("application/json").body(Map.of("sourceNoticeId", noticeId,
                "kind", "TAKEDOWN", "title", "关于下架侵害用户权益APP名单的通报（闭环）")).post("/api/notices/from-unrectified")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(List.of("com.jia.e2e"), takedown.getList("items.packageName"));
        assertEquals(List.of(itemA), takedown.getList("items.sourceItemId"));
        String takedownId = takedown.getString("id");
        gateway.as(approver).post("/api/notices/" + takedownId + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + takedownId + "/publication").then().statusCode(200);

        gateway.as(enterpriseA).get("/api/enterprise/notices").then().statusCode(200).body("id", hasItem(takedownId));
        gateway.as(enterpriseB).get("/api/enterprise/notices/" + takedownId).then().statusCode(404)
                .contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> gateway.as(enterpriseA)
                .queryParam("noticeId", takedownId).get("/api/enterprise-orders").then().statusCode(200)
                .body("packageName", equalTo(List.of("com.jia.e2e"))));
        gateway.as(enterpriseB).queryParam("noticeId", takedownId).get("/api/enterprise-orders").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    @Order(2)
    void theEnterpriseReportsAndTheAgencyRecordsItsResultInTheBrowser() throws Exception {
        assumeTrue(PortalBrowser.available(), "Skipped: the browser part needs Debian's chromium and chromium-driver");
        String official = gateway.login("wang.official");
        String noticeId = publishRectification(official, gateway.login("li.approver"),
                findings(official, List.of(finding("com.douban.frodo", "豆瓣", "北京豆网科技有限公司", DOUBAN_CODE))),
                "关于侵害用户权益行为的APP通报（浏览器）");
        LocalDate deadline = LocalDate.parse(gateway.as(official).get("/api/notices/" + noticeId).then().statusCode(200)
                .extract().path("deadline.date"));
        String shownDeadline = deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日";
        Path evidence = Files.createDirectories(Path.of("target")).resolve("整改说明.pdf").toAbsolutePath();
        Files.write(evidence, PDF);

        try (PortalBrowser browser = PortalBrowser.start(suite.gatewayUrl())) {
            browser.open("/login").login("douban.operator", ChainFixtures.PASSWORD);
            assertTrue(browser.path().startsWith("/portal/enterprise"), browser.path());
            browser.waitFor(By.id("enterprise-notices"));
            String notices = browser.text(By.id("enterprise-notices"));
            assertTrue(notices.contains("关于侵害用户权益行为的APP通报（浏览器）"), notices);
            assertTrue(notices.contains(shownDeadline), "the notice's deadline " + shownDeadline + ": " + notices);
            assertTrue(browser.text(By.id("enterprise-deadlines")).contains(shownDeadline),
                    () -> browser.text(By.id("enterprise-deadlines")));
            browser.screenshot("enterprise-home", false);

            browser.driver().findElement(By.cssSelector("#enterprise-notices a[href='/portal/enterprise/notices/"
                    + noticeId + "']")).click();
            browser.waitFor(By.cssSelector("section.enterprise-item"));
            assertTrue(browser.text(By.tagName("main")).contains("com.douban.frodo"));
            browser.screenshot("enterprise-notice", false);

            browser.driver().findElement(By.cssSelector("section.enterprise-item p.actions a")).click();
            browser.waitFor(By.id("r-changes"));
            browser.driver().findElement(By.id("r-changes")).sendKeys("首次启动不再读取通讯录");
            browser.driver().findElement(By.id("r-version")).sendKeys("7.19.0");
            browser.driver().findElement(By.id("r-files")).sendKeys(evidence.toString());
            browser.screenshot("enterprise-report-form", false);
            browser.driver().findElement(By.cssSelector("form[action='/portal/enterprise/reports/new'] button[type=submit]"))
                    .click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/portal/enterprise/reports?done="));
            assertTrue(browser.text(By.tagName("main")).contains("豆瓣"), () -> browser.text(By.tagName("main")));
            browser.screenshot("enterprise-reports", false);
            browser.logout();

            String itemId = gateway.as(official).get("/api/notices/" + noticeId).then().extract().path("items[0].itemId");
            Task task = task(official, itemId);
            assertEquals("SUBMITTED", gateway.as(gateway.login("douban.operator")).get("/api/enterprise/rectification-reports")
                    .then().statusCode(200).extract().path("find { it.item.itemId == '" + itemId + "' }.status"));
            browser.login(agencyAccounts.get(task.agencyCode()), ChainFixtures.PASSWORD);
            assertTrue(browser.path().startsWith("/portal/agency/tasks"), browser.path());
            browser.waitFor(By.cssSelector("a[href='/portal/agency/tasks/" + task.id() + "']"));
            browser.screenshot("agency-tasks", false);
            browser.driver().findElement(By.cssSelector("a[href='/portal/agency/tasks/" + task.id() + "']"))
                    .click();
            browser.waitFor(By.id("t-version"));
            browser.driver().findElement(By.cssSelector("input[name=outcome][value=RECTIFIED]")).click();
            browser.driver().findElement(By.id("t-version")).sendKeys("7.19.0");
            browser.driver().findElement(By.id("t-findings")).sendKeys("复测未发现超范围收集");
            browser.driver().findElement(By.id("t-files")).sendKeys(evidence.toString());
            browser.driver().findElement(By.cssSelector("form[action='/portal/agency/tasks/" + task.id() + "'] button[type=submit]"))
                    .click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("done=1"));
            browser.screenshot("agency-task-recorded", false);
            assertEquals(List.of(), browser.cspViolations(), "Content-Security-Policy violations in the console");
        }
        gateway.as(official).get("/api/notices/" + noticeId).then().statusCode(200)
                .body("items[0].rectification.status", equalTo("RECTIFIED"))
                .body("items[0].rectification.basis", equalTo("RECHECK"));
    }

    private static Map<String, Object> finding(String packageName, String appName, String operator, String code) {
        return Map.of("packageName", packageName, "appName", appName, "version", "1.0.0", "sourceStore", "huawei",
                "evidence", "首次启动即读取通讯录", "detectedAt",
                LocalDate.now(BEIJING).minusDays(2) + "T10:00:00+08:00", "operatorName", operator,
                "operatorCreditCode", code, "problems", List.of("collect-beyond-scope"));
    }

    /** Records the findings in a new batch of the ministry and answers their ids. */
    private static List<Long> findings(String official, List<Map<String, Object>> findings) {
        LocalDate today = LocalDate.now(BEIJING);
        String batch = gateway.as(official).contentType("application/json").body(Map.of("title", "闭环检测 " + System.nanoTime(),
                "runBy", "MINISTRY", "runFrom", today.minusDays(14).toString(), "runTo", today.minusDays(1).toString(),
                "appsTested", 100)).post("/api/batches").then().statusCode(201).extract().path("id");
        return gateway.as(official).contentType("application/json").body(Map.of("batchId", batch, "findings", findings))
                .post("/api/findings").then().statusCode(201).extract().jsonPath().getList("findingIds", Long.class);
    }

    /** An official drafts a rectification notice from the findings, another person approves and publishes it. */
    private static String publishRectification(String official, String approver, List<Long> findingIds, String title) {
        String id = gateway.as(official).contentType("application/json").body(Map.of("kind", "RECTIFICATION",
                "title", title, "findingIds", findingIds, "rectificationDays", 7)).post("/api/notices/from-findings")
                .then().statusCode(201).extract().path("id");
        gateway.as(approver).post("/api/notices/" + id + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + id + "/publication").then().statusCode(200);
        return id;
    }

    /** The enterprise's only item of the notice, as its notice list and notice view show it. */
    private static String ownItem(String enterprise, String noticeId, String packageName) {
        gateway.as(enterprise).get("/api/enterprise/notices").then().statusCode(200).body("id", hasItem(noticeId));
        JsonPath notice = gateway.as(enterprise).get("/api/enterprise/notices/" + noticeId).then().statusCode(200)
                .body("items.packageName", equalTo(List.of(packageName)))
                .body("items[0].rectification.status", equalTo("PENDING"))
                .body("items[0].deadline", notNullValue()).extract().jsonPath();
        return notice.getString("items[0].itemId");
    }

    /** Drafts a report with one PDF as evidence and submits it; answers the report's id. */
    private static String submitReport(String enterprise, String itemId, String fixedVersion) {
        String report = gateway.as(enterprise).contentType("application/json").body(Map.of("itemId", itemId,
                "changes", "首次启动不再读取通讯录；隐私政策补充第三方共享清单", "fixedVersion", fixedVersion))
                .post("/api/enterprise/rectification-reports").then().statusCode(201).extract().path("id");
        gateway.as(enterprise).contentType("application/pdf").queryParam("name", "整改说明.pdf").body(PDF)
                .post("/api/enterprise/rectification-reports/" + report + "/evidence").then().statusCode(201)
                .body("sha256", notNullValue());
        gateway.as(enterprise).post("/api/enterprise/rectification-reports/" + report + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("recheck.status", equalTo("OPEN"));
        return report;
    }

    /** The one re-check task of the item, as the officials read it: its id and agency's code. */
    private static Task task(String official, String itemId) {
        JsonPath tasks = gateway.as(official).queryParam("itemId", itemId).get("/api/rechecks").then().statusCode(200)
                .body("size()", equalTo(1)).extract().jsonPath();
        return new Task(tasks.getString("[0].id"), tasks.getString("[0].agencyCode"));
    }

    private record Task(String id, String agencyCode) {
    }

    /**
     * Deadlines are dates at least a day after publication, so the test moves this notice's deadline two days back in
     * notice-service's database. A published notice is frozen by a trigger; {@code session_replication_role = replica}
     * switches triggers off for this session only (as notice-service's {@code OpenDataDumpTest} does). The deadline
     * watch (every second in this suite) then finds the deadline passed, as it would the day after the real one.
     */
    private static void moveDeadlineIntoThePast(String noticeId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(suite.stack().postgres().jdbcUrl("notice"),
                Postgres.USER, Postgres.PASSWORD)) {
            try (Statement replica = connection.createStatement()) {
                replica.execute("SET session_replication_role = replica");
            }
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE notice SET deadline_date = CURRENT_DATE - 2 WHERE id = ?::uuid")) {
                move.setString(1, noticeId);
                assertEquals(1, move.executeUpdate());
            }
        }
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
