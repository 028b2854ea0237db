package org.appsupervision.e2e.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appsupervision.devstack.SyntheticApps;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal in a real browser (headless Chromium) against the whole suite: one suite with the
 * demonstration round and one browser for every scenario, run in order (the session carries over);
 * screenshots go to target/screenshots/. After each scenario the console must hold no CSP violation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT extends BrowserScenarios {


    static final String APP_NAME = "门户阅读器";
    static final String NOTICE_TITLE = "关于侵害用户权益行为APP的通报（门户测试）";


    @Test
    @Order(1)
    void anOfficialLogsInAndSeesTheDashboardCharts() {
        browser.open("/portal");
        assertTrue(browser.path().startsWith("/login?reason=login&return=%2Fportal"), browser.path());
        browser.screenshot("login", false);
        browser.login("wang.official", PASSWORD);
        assertEquals("/portal", browser.path());
        assertEquals("zh-CN", browser.htmlLang());
        assertEquals("总览", browser.text(By.tagName("h1")));
        browser.waitFor(By.cssSelector("#chart-years canvas"));
        browser.waitFor(By.cssSelector("#chart-problems canvas"));
        browser.screenshot("dashboard", false);
        browser.screenshot("dashboard-narrow", true);
    }

    @Test
    @Order(2)
    void theLanguageSwitchTurnsThePortalEnglishAndBack() {
        browser.open("/portal");
        browser.switchLanguage();
        assertEquals("en", browser.htmlLang());
        assertEquals("/portal", browser.path());
        assertEquals("Dashboard", browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.cssSelector("header")).contains("Signed in as wang.official"));
        browser.screenshot("dashboard-en", false);
        browser.switchLanguage();
        assertEquals("zh-CN", browser.htmlLang());
        assertEquals("总览", browser.text(By.tagName("h1")));
    }

    @Test
    @Order(3)
    void aDrafterSeesTheApprovalQueueButOnlyASecondApproverPublishes() {
        String batch = recordBatchWithOneFinding();
        browser.open("/portal").logout().login("zhou.senior", PASSWORD);
        browser.open("/portal/notices/new");
        new Select(browser.driver().findElement(By.id("findings-kind"))).selectByValue("RECTIFICATION");
        browser.driver().findElement(By.id("findings-title")).sendKeys(NOTICE_TITLE);
        browser.driver().findElement(By.id("findings-days")).sendKeys("15");
        new Select(browser.driver().findElement(By.id("batch"))).selectByValue(batch);
        browser.waitFor(By.cssSelector("#findings input[name=findingIds]"));
        browser.screenshot("notice-draft-form", false);
        browser.driver().findElement(By.cssSelector("#from-findings button.primary")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("?done=drafted"));
        assertTrue(browser.text(By.cssSelector(".notice-document")).contains(APP_NAME));
        assertTrue(browser.text(By.cssSelector(".notice-document")).contains("上述APP应在"));
        assertTrue(browser.all(By.id("approve")).isEmpty(), "the drafter has no approve button");
        assertFalse(browser.all(By.id("own-draft")).isEmpty());
        browser.screenshot("notice-preview", false);
        String noticePath = browser.path().replace("?done=drafted", "");

        browser.logout().login("li.approver", PASSWORD);
        browser.open("/portal/notices");
        assertTrue(browser.text(By.id("section-DRAFT")).length() > 0);
        browser.driver().findElement(By.linkText(NOTICE_TITLE)).click();
        browser.waitFor(By.id("approve"));
        browser.driver().findElement(By.id("approve")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("?done=approved"));
        browser.driver().findElement(By.id("publish")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("?done=published"));
        assertEquals(noticePath + "?done=published", browser.path());
        assertTrue(browser.text(By.cssSelector(".facts")).contains("已发布"));
        browser.screenshot("notice-published", false);
    }

    @Test
    @Order(4)
    void thePublicPageShowsThePublishedNoticeAsTheMinistrysDocument() {
        browser.open("/notices?app=" + APP_NAME);
        assertTrue(browser.text(By.id("result-count")).contains("1"), browser.text(By.id("result-count")));
        browser.screenshot("public-notices", false);
        // Publication adds the batch numbers to the title.
        browser.driver().findElement(By.partialLinkText(NOTICE_TITLE)).click();
        browser.waitFor(By.cssSelector(".notice-document"));
        String document = browser.text(By.cssSelector(".notice-document"));
        assertTrue(document.contains(NOTICE_TITLE) && document.contains(APP_NAME) && document.contains("北京门户科技有限公司"), document);
        assertFalse(browser.all(By.cssSelector("a[href$='/table.xlsx']")).isEmpty());
        browser.screenshot("public-notice", false);
        browser.screenshot("public-notice-narrow", true);
    }

    @Test
    @Order(5)
    void anUploadWithABadLineEndsWithTheReportOfBadLines() throws Exception {
        browser.open("/portal").logout().login("wang.official", PASSWORD);
        browser.open("/portal/batches?q=门户测试");
        browser.driver().findElement(By.linkText("门户测试批次")).click();
        browser.waitFor(By.id("upload-form"));
        Path csv = Files.createDirectories(Path.of("target").toAbsolutePath()).resolve("portal-findings.csv");
        Files.writeString(csv, "packageName,appName,version,sourceStore,problems,evidence,references,detectedAt,"
                + "operatorName,operatorCreditCode,filingNumber\n"
                + "com.portal.news,门户新闻,1.0.0,huawei,collect-beyond-scope,读取通讯录,,2026-10-13,北京门户科技有限公司,"
                + SyntheticApps.creditCode("110105", new Random(11)) + ",\n"
                + ",无包名应用,1.0.0,huawei,collect-beyond-scope,读取通讯录,,2026-10-13,北京门户科技有限公司,"
                + SyntheticApps.creditCode("110105", new Random(11)) + ",\n");
        browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
        browser.driver().findElement(By.cssSelector("#upload-form button")).click();
        browser.waitFor(By.id("import-bar"));
        browser.waitFor(By.id("bad-lines"));
        assertTrue(browser.text(By.id("bad-lines")).contains("3"), browser.text(By.id("bad-lines")));
        assertEquals("100", browser.driver().findElement(By.id("import-bar")).getAttribute("value"));
        browser.screenshot("import-bad-lines", false);
    }

    @Test
    @Order(6)
    void theAppTimelineShowsTheWholeChain() {
        browser.open("/portal/apps?q=" + APP_NAME);
        browser.driver().findElement(By.linkText(APP_NAME)).click();
        browser.waitFor(By.cssSelector("ol.timeline"));
        String timeline = browser.text(By.cssSelector("ol.timeline"));
        assertTrue(timeline.contains("检测发现") && timeline.contains("列入通报"), timeline);
        browser.screenshot("app-timeline", false);
    }

    /** A batch with one finding, recorded through the API as the demo official (the fixture of the drafting scenario). */
    private static String recordBatchWithOneFinding() {
        String official = given().baseUri(suite.gatewayUrl()).contentType("application/json")
                .body(Map.of("username", "wang.official", "password", PASSWORD)).post("/auth/login")
                .then().statusCode(200).extract().path("access_token");
        String batch = given().baseUri(suite.gatewayUrl()).auth().oauth2(official).contentType("application/json")
                .body(Map.of("title", "门户测试批次", "runBy", "MINISTRY", "runFrom", "2026-10-01", "runTo", "2026-10-31",
                        "appsTested", 120))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        Map<String, Object> finding = Map.of("packageName", "com.portal.reader", "appName", APP_NAME, "version", "3.1.0",
                "sourceStore", "huawei", "problems", List.of("collect-beyond-scope"), "evidence", "启动即读取通讯录",
                "detectedAt", "2026-10-12", "operatorName", "北京门户科技有限公司",
                "operatorCreditCode", SyntheticApps.creditCode("110105", new Random(11)));
        given().baseUri(suite.gatewayUrl()).auth().oauth2(official).contentType("application/json")
                .body(Map.of("batchId", batch, "findings", List.of(finding))).post("/api/findings")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        return batch;
    }

    @Test
    @Order(7)
    void aComplaintFromThePublicFormGoesThroughTheOfficialsQueueIntoAFinding() throws Exception {
        String official = given().baseUri(suite.gatewayUrl()).contentType("application/json")
                .body(Map.of("username", "wang.official", "password", PASSWORD)).post("/auth/login")
                .then().statusCode(200).extract().path("access_token");
        String pkg = "com.portal.complained";
        given().baseUri(suite.gatewayUrl()).auth().oauth2(official).contentType("application/json")
                .body(Map.of("name", "被投诉应用", "packageName", pkg, "operator", Map.of("name", "北京门户科技有限公司",
                        "creditCode", SyntheticApps.creditCode("110105", new Random(11)))))
                .put("/api/apps/" + pkg).then().statusCode(200);
        Path screenshot = Path.of("target", "complaint-screenshot.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ"
                + "AAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        browser.open("/portal");
        if (!browser.path().startsWith("/login")) {
            browser.logout();
        }
        browser.open("/notices");
        browser.driver().findElement(By.id("complaint-link")).click();
        browser.waitFor(By.id("complaint-form"));
        browser.driver().findElement(By.id("cmp-appName")).sendKeys("被投诉应用");
        browser.driver().findElement(By.id("cmp-packageName")).sendKeys(pkg);
        new Select(browser.driver().findElement(By.id("cmp-store"))).selectByValue("huawei");
        browser.driver().findElement(By.id("cmp-problem-collect-beyond-scope")).click();
        browser.driver().findElement(By.id("cmp-description")).sendKeys("首次打开就要求读取通讯录，拒绝后无法使用");
        browser.driver().findElement(By.id("cmp-screenshots")).sendKeys(screenshot.toString());
        browser.driver().findElement(By.id("cmp-contactPhone")).sendKeys("13800138000");
        browser.screenshot("complaint-form", true);
        browser.driver().findElement(By.cssSelector("#complaint-form button[type=submit]")).click();
        browser.waitFor(By.id("complaint-received"));
        String number = browser.text(By.id("tracking-number"));
        assertTrue(number.matches("TS-\\d{4}-[A-Z2-7]{10}"), number);
        assertFalse(browser.text(By.cssSelector("main")).contains("13800138000"));
        browser.screenshot("complaint-status", true);

        browser.open("/login").login("wang.official", PASSWORD);
        browser.open("/portal/complaints?app=" + pkg);
        browser.driver().findElement(By.linkText(number)).click();
        browser.waitFor(By.id("finding-form"));
        assertTrue(browser.text(By.id("complaint-contact")).contains("13800138000"));
        browser.driver().findElement(By.id("finding-version")).sendKeys("2.0.1");
        browser.driver().findElement(By.cssSelector("#finding-form button[type=submit]")).click();
        browser.waitFor(By.id("complaint-done"));
        assertEquals("FINDING", browser.driver().findElement(By.id("complaint")).getAttribute("data-status"));
        browser.screenshot("complaint-triaged", false);

        browser.logout();
        browser.open("/complaints/" + number);
        assertEquals("FINDING", browser.driver().findElement(By.id("complaint-status")).getAttribute("data-status"));
        given().baseUri(suite.gatewayUrl()).auth().oauth2(official).get("/api/timeline/" + pkg).then().statusCode(200)
                .body("type", org.hamcrest.Matchers.hasItems("COMPLAINTS", "FINDING"));
    }

    @Test
    @Order(99)
    void loggingOutEndsTheSession() {
        browser.open("/portal");
        if (browser.path().startsWith("/login")) {
            browser.login("wang.official", PASSWORD);
        }
        browser.logout();
        assertTrue(browser.text(By.cssSelector("main")).contains("您已退出登录"));
        browser.open("/portal");
        assertTrue(browser.path().startsWith("/login"), browser.path());
        assertFalse(browser.all(By.cssSelector("header form[action='/logout']")).size() > 0);
    }
}
