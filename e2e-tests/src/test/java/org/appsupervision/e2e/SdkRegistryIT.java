package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appsupervision.e2e.portal.PortalBrowser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The SDK chain through the gateway on the packaged services: the ministry registers an SDK, findings name it (by
 * code and by the package detection saw), the app's SDKs and the SDK's apps show the embeddings, and the follow-up
 * rectification draft names every embedding app; a notice naming the SDK's provider is published with the SDKs in
 * their own table; then the SDK page and the notice's pages in a real browser (skipped without Chromium).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SdkRegistryIT {

    static final String CODE = "e2e-analytics";
    static final String PREFIX = "com.e2eanalytics";

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofMinutes(10));
    static final Gateway gateway = suite.gateway();

    @Test
    @Order(1)
    void anSdkFoundAtFaultReachesEveryEmbeddingAppInOneFollowUpDraft() {
        String official = gateway.login("wang.official");
        Random random = new Random(19);
        String provider = ChainFixtures.creditCode("110108", random);
        gateway.as(official).contentType("application/json").body(Map.of("code", CODE, "nameZh", "端到端统计SDK",
                "nameEn", "E2E Analytics SDK", "providerName", "北京端到端科技有限公司", "providerCreditCode", provider,
                "packagePrefixes", List.of(PREFIX), "signatures", List.of(), "versions", List.of("2.1.0")))
                .post("/api/sdks").then().statusCode(201).body("providerProvinceCode", equalTo("11"));
        gateway.as(official).contentType("application/json").body(Map.of("code", "e2e-overlap", "nameZh", "重叠SDK",
                "nameEn", "Overlap SDK", "providerName", "某公司", "providerCreditCode", provider,
                "packagePrefixes", List.of(PREFIX + ".push"))).post("/api/sdks").then().statusCode(409)
                .body("type", equalTo("/problems/sdk-prefix-overlap")).body("detail", containsString(CODE));

        String batch = gateway.as(official).contentType("application/json").body(Map.of("title", "SDK专项检测",
                "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20", "appsTested", 2))
                .post("/api/batches").then().statusCode(201).extract().path("id");
        String operatorA = ChainFixtures.creditCode("110105", random);
        String operatorB = ChainFixtures.creditCode("440300", random);
        gateway.as(official).contentType("application/json").body(Map.of("batchId", batch, "findings", List.of(Map.of(
                "packageName", "com.e2e.sdk.reader", "appName", "端到端阅读", "version", "3.0", "sourceStore", "huawei",
                "problems", List.of("collect-beyond-scope"), "detectedAt", "2021-10-15T09:30:00+08:00",
                "operatorName", "北京端到端阅读科技有限公司", "operatorCreditCode", operatorA,
                "sdk", CODE, "sdkVersion", "2.1.0"))))
                .post("/api/findings").then().statusCode(201);
        String csv = "packageName,appName,version,sourceStore,problems,detectedAt,operatorName,operatorCreditCode,"
                + "sdkPackage,sdkVersion\ncom.e2e.sdk.shop,端到端商城,5.2,xiaomi,collect-beyond-scope,2021-10-16,"
                + "深圳端到端商城有限公司," + operatorB + "," + PREFIX + ".core.Tracker,2.1.0\n";
        String job = gateway.as(official).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("batchId", batch).post("/api/findings/imports").then().statusCode(202)
                .extract().header("Location");
        String jobPath = job.substring(job.indexOf("/api/"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                gateway.as(official).get(jobPath).then().extract().path("status")));
        gateway.as(official).get(jobPath).then().body("status", equalTo("SUCCEEDED"));

        String bad = "packageName,appName,version,sourceStore,problems,detectedAt,operatorName,operatorCreditCode,sdk\n"
                + "com.e2e.sdk.bad,坏行,1.0,huawei,collect-beyond-scope,2021-10-16,某公司," + operatorB + ",no-such-sdk\n";
        String badJob = gateway.as(official).contentType("text/csv; charset=UTF-8").body(bad)
                .queryParam("batchId", batch).post("/api/findings/imports").then().statusCode(202)
                .extract().header("Location");
        String badPath = badJob.substring(badJob.indexOf("/api/"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                gateway.as(official).get(badPath).then().extract().path("status")));
        gateway.as(official).get(badPath).then().body("status", equalTo("REJECTED"))
                .body("errors[0].message", containsString("unknown sdk 'no-such-sdk'"));

        gateway.as(official).queryParam("batchId", batch).get("/api/findings").then().statusCode(200)
                .body("sdk.code", contains(CODE, CODE));
        gateway.as(gateway.login("chen.gd")).get("/api/apps/com.e2e.sdk.reader/sdks").then().statusCode(200)
                .body("items.code", contains(CODE)).body("items[0].versions", contains("2.1.0"));
        gateway.as(official).queryParam("version", "2.1.0").get("/api/sdks/" + CODE + "/apps").then().statusCode(200)
                .body("items.packageName", contains("com.e2e.sdk.reader", "com.e2e.sdk.shop"))
                .body("items.operatorCreditCode", contains(operatorA, operatorB));
        gateway.as(gateway.storeToken("huawei")).get("/api/sdks/" + CODE).then().statusCode(403);

        String location = gateway.as(official).contentType("application/json")
                .body(Map.of("versions", List.of("2.1.0"), "problemCodes", List.of("collect-beyond-scope")))
                .post("/api/sdks/" + CODE + "/follow-up-drafts").then().statusCode(201)
                .extract().header("Location");
        gateway.as(official).get(location.substring(location.indexOf("/api/"))).then().statusCode(200)
                .body("kind", equalTo("RECTIFICATION")).body("status", equalTo("DRAFT"))
                .body("items.packageName", containsInAnyOrder("com.e2e.sdk.reader", "com.e2e.sdk.shop"));
    }

    /** The notice of the SDK chain, published in {@link #aNoticeNamingTheSdkProviderIsPublishedWithTheSdksInTheirOwnTable}. */
    static String sdkNoticeId;

    @Test
    @Order(2)
    void aNoticeNamingTheSdkProviderIsPublishedWithTheSdksInTheirOwnTable() {
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Map<String, Object> sdkItem = Map.of("subject", "SDK", "sdk", CODE, "sdkVersions", List.of("2.1.0"),
                "problems", List.of("collect-beyond-scope"));
        Map<String, Object> appItem = ChainFixtures.app("端到端阅读", "com.e2e.sdk.reader",
                ChainFixtures.creditCode("110105", new Random(20)), false, List.of("huawei"));
        // No store can take an SDK down: a takedown notice naming one is refused whole.
        gateway.as(official).contentType("application/json").body(Map.of("kind", "TAKEDOWN", "title", "不可下架SDK",
                "apps", List.of(appItem, sdkItem))).post("/api/notices").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("apps[1].subject"));

        sdkNoticeId = gateway.as(official).contentType("application/json").body(Map.of("kind", "RECTIFICATION",
                "title", "关于侵害用户权益行为的APP及第三方SDK的通报", "rectificationDays", 10,
                "apps", List.of(appItem, sdkItem))).post("/api/notices").then().statusCode(201)
                .body("items.subject", contains("APP", "SDK"))
                .body("items[1].sdk.providerName", equalTo("北京端到端科技有限公司"))
                .extract().path("id");
        gateway.as(approver).post("/api/notices/" + sdkNoticeId + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + sdkNoticeId + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("items[1].rectification.status", equalTo("PENDING"));

        gateway.anonymous().get("/api/public/notices/" + sdkNoticeId).then().statusCode(200)
                .body("appCount", equalTo(1)).body("sdkCount", equalTo(1))
                .body("sdkRows[0].sdkName", equalTo("端到端统计SDK"))
                .body("sdkRows[0].provider", equalTo("北京端到端科技有限公司"));
        String html = gateway.anonymous().get("/api/public/notices/" + sdkNoticeId + "/document").then().statusCode(200)
                .extract().asString();
        assertTrue(html.indexOf("存在问题的第三方SDK名单") > html.indexOf("端到端阅读"),
                "the SDKs' table follows the apps' table: " + html);
        assertTrue(html.contains("<td>端到端统计SDK</td><td>北京端到端科技有限公司</td><td>2.1.0</td>"), html);
    }

    @Test
    @Order(4)
    void thePublishedSdkNoticeShowsTheSdkTableOnItsPortalAndPublicPages() {
        assumeTrue(PortalBrowser.available(), "Skipped: the browser part needs Debian's chromium and chromium-driver");
        assumeTrue(sdkNoticeId != null, "the SDK notice was published by the test before");
        try (PortalBrowser browser = PortalBrowser.start(suite.gatewayUrl())) {
            browser.open("/notices/" + sdkNoticeId);
            browser.waitFor(By.id("sdk-items"));
            assertTrue(browser.text(By.id("sdk-items")).contains("端到端统计SDK"), () -> browser.text(By.id("sdk-items")));
            browser.screenshot("sdk-notice-public", false);
            browser.open("/login").login("wang.official", ChainFixtures.PASSWORD);
            browser.open("/portal/notices/" + sdkNoticeId);
            browser.waitFor(By.id("sdk-items"));
            String table = browser.text(By.id("sdk-items"));
            assertTrue(table.contains("端到端统计SDK") && table.contains("北京端到端科技有限公司") && table.contains("2.1.0"),
                    table);
            browser.screenshot("sdk-notice-portal", false);
            assertTrue(browser.cspViolations().isEmpty(), browser.cspViolations().toString());
        }
    }

    @Test
    @Order(3)
    void theSdkPageShowsItsAppsAndDraftsTheFollowUpInTheBrowser() {
        assumeTrue(PortalBrowser.available(), "Skipped: the browser part needs Debian's chromium and chromium-driver");
        try (PortalBrowser browser = PortalBrowser.start(suite.gatewayUrl())) {
            browser.open("/login").login("wang.official", ChainFixtures.PASSWORD);
            browser.open("/portal/sdks");
            browser.waitFor(By.cssSelector("a[href='/portal/sdks/" + CODE + "']"));
            browser.screenshot("sdk-list", false);
            browser.driver().findElement(By.cssSelector("a[href='/portal/sdks/" + CODE + "']")).click();
            browser.waitFor(By.cssSelector("table.sdk-apps"));
            String main = browser.text(By.tagName("main"));
            assertTrue(main.contains("端到端阅读") && main.contains("端到端商城"), main);
            browser.screenshot("sdk-page", false);
            browser.driver().findElement(By.cssSelector("input[name=versions][value='2.1.0']")).click();
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("f-problems")))
                    .selectByValue("collect-beyond-scope");
            browser.driver().findElement(By.cssSelector("form[action='/portal/sdks/" + CODE + "/follow-up'] "
                    + "button[type=submit]")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/portal/notices/"));
            assertTrue(browser.text(By.tagName("main")).contains("端到端商城"), () -> browser.text(By.tagName("main")));
            browser.screenshot("sdk-follow-up-draft", false);

            browser.open("/portal/apps/com.e2e.sdk.reader");
            browser.waitFor(By.cssSelector("section.app-sdks"));
            assertTrue(browser.text(By.cssSelector("section.app-sdks")).contains("端到端统计SDK"),
                    () -> browser.text(By.cssSelector("section.app-sdks")));
            assertTrue(browser.cspViolations().isEmpty(), browser.cspViolations().toString());
        }
    }
}
