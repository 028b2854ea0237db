package org.appsupervision.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.appsupervision.devstack.PdfSig;

/**
 * The operations pages in a real browser against the whole suite (one suite with the demonstration
 * round, one browser): the takedown board follows a store's confirmation without a reload, a bureau
 * officer's decision above the legal cap is refused beside the fine, a decision downloads as a signed PDF that
 * pdfsig validates and the public verification page confirms, and screenshots of the board, a case, the
 * scorecards, an admin page and a verified decision go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsPortalIT extends BrowserScenarios {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");


    @Test
    @Order(1)
    void theBoardShowsAStoresConfirmationWithoutAReload() {
        loginAt("wang.official", "/portal/boards");
        browser.driver().findElement(By.cssSelector("main table a")).click();
        browser.waitFor(By.id("board-grid"));
        WebElement marker = browser.driver().findElement(By.tagName("h1"));
        long confirmedBefore = confirmedCells();

        String huawei = http.storeToken("store-huawei", STORE_SECRET + "-huawei");
        JsonNode pending = http.send("GET", "/api/store/orders?status=PENDING", huawei, null).get("orders").get(0);
        ObjectNode evidence = new ObjectMapper().createObjectNode().put("removedAt", Instant.now().minusSeconds(60).toString())
                .put("listingReference", "https://appgallery.huawei.com/app/" + pending.get("packageName").asText())
                .put("note", "浏览器测试 / browser test");
        http.send("POST", "/api/store/orders/" + pending.get("id").asText() + "/confirmation", huawei, evidence);

        browser.waitUntil(d -> confirmedCells() == confirmedBefore + 1);
        assertTrue(marker.isDisplayed(), "the page was not reloaded: the heading element is still the same one");
        browser.screenshot("takedown-board", false);
        browser.screenshot("takedown-board-narrow", true);
    }

    @Test
    @Order(2)
    void theScorecardsListEveryStoreWithItsFigures() {
        browser.open("/portal/stores");
        browser.waitFor(By.cssSelector("table.scorecards tbody tr"));
        assertTrue(browser.text(By.cssSelector("table.scorecards")).contains("华为"), "huawei is in the table");
        browser.screenshot("store-scorecards", false);
        browser.open("/portal").logout();
    }

    @Test
    @Order(3)
    void aBureauOfficerIsRefusedAFineAboveTheCapAndThenProposesTheDecision() {
        String officer = http.login("zhao.bj", PASSWORD);
        String caseId = caseAtPriorNotice(officer);
        loginAt("zhao.bj", "/portal/cases/" + caseId);
        assertEquals("/portal/cases/" + caseId, browser.path());
        String caps = browser.text(By.id("caps-decision"));
        assertTrue(caps.contains("1,000,000") || caps.contains("1000000"), "the decision form shows the cap: " + caps);

        submitDecision("2000000");
        browser.screenshot("penalty-case-refused", false);
        assertEquals(1, browser.all(By.id("f-fine-decision-error")).size(), () -> browser.text(By.tagName("main")));
        String refusal = browser.text(By.id("f-fine-decision-error"));
        assertTrue(refusal.contains("超出法定处罚种类或幅度") && refusal.contains("1000000"), refusal);
        assertEquals("true", browser.driver().findElement(By.id("f-fine-decision")).getAttribute("aria-invalid"));

        submitDecision("500000");
        assertTrue(browser.path().contains("done=decision"), browser.path());
        assertTrue(browser.text(By.cssSelector("main dl.facts")).contains("决定待审批"), "the case waits for approval");
        browser.screenshot("penalty-case", false);
        browser.open("/portal").logout();
    }

    @Test
    @Order(4)
    void anAdminSeesTheAccountsAndTheStoreClients() {
        loginAt("admin", "/portal/admin/accounts");
        assertTrue(browser.text(By.cssSelector("main table")).contains("zhao.bj"));
        browser.screenshot("admin-accounts", false);
        browser.open("/portal/admin/clients");
        String clients = browser.text(By.tagName("main"));
        assertTrue(clients.contains("store-huawei"), clients);
        browser.screenshot("admin-clients", false);

        browser.open("/portal/admin/service-level");
        browser.driver().findElement(By.id("sl-hours")).sendKeys("12");
        browser.driver().findElement(By.id("sl-reason")).sendKeys("部通知：12小时内处理");
        browser.driver().findElement(By.cssSelector("form[action='/portal/admin/service-level'] button")).click();
        browser.waitFor(By.cssSelector("p[role=status]"));
        String level = browser.text(By.id("current-level"));
        assertTrue(level.contains("12"), level);
        assertTrue(browser.text(By.tagName("main")).contains("部通知：12小时内处理"));
        browser.screenshot("admin-service-level", false);
        browser.driver().findElement(By.cssSelector("form[action='/portal/admin/service-level/reset'] button")).click();
        browser.waitUntil(d -> d.findElement(By.tagName("main")).getText().contains("部署默认值"));
        browser.open("/portal").logout();
    }

    @Test
    @Order(5)
    void aDecisionDownloadsAsASignedPdfThatPdfsigAndThePublicVerificationPageConfirm() throws Exception {
        String admin = http.login("admin", PASSWORD);
        ObjectNode second = http.json().createObjectNode().put("username", "qian.bj").put("displayName", "钱伟（北京市通信管理局）")
                .put("province", "11").put("password", PASSWORD);
        second.putArray("roles").add("bureau");
        http.send("POST", "/admin/accounts", admin, second);
        String officer = http.login("zhao.bj", PASSWORD);
        String caseId = caseAtPriorNotice(officer);
        LocalDate today = LocalDate.now(CHINA);
        ObjectNode decision = http.json().createObjectNode().put("legalBasis", "PIPL-66").put("on", today.minusDays(10).toString());
        decision.putArray("penalties").addObject().put("type", "FINE").put("amountCny", 400000);
        http.send("POST", "/api/penalty/cases/" + caseId + "/decision", officer, decision);
        String number = http.send("POST", "/api/penalty/cases/" + caseId + "/decision/approval", http.login("qian.bj", PASSWORD),
                http.json().createObjectNode().put("on", today.minusDays(9).toString())).get("decisionNumber").asText();

        loginAt("zhao.bj", "/portal/cases/" + caseId);
        String href = browser.driver().findElement(By.id("download-decision")).getAttribute("href");
        Object[] fetched = fetchInTheBrowser(href);
        assertEquals(200L, fetched[0], "the download answers");
        assertEquals("application/pdf", fetched[1]);
        byte[] pdf = Base64.getDecoder().decode((String) fetched[2]);
        Path file = Files.createDirectories(Path.of("target", "downloads")).resolve("decision.pdf").toAbsolutePath();
        Files.write(file, pdf);
        String report = PdfSig.check(file);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("北京市通信管理局"), report);
        browser.open("/portal").logout();

        browser.open("/verify");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector("#verify-upload button[type=submit]")).click();
        browser.waitFor(By.id("verdict"));
        assertEquals("true", browser.driver().findElement(By.id("verdict")).getAttribute("data-issued"),
                () -> browser.text(By.tagName("main")));
        String result = browser.text(By.id("verify-result"));
        assertTrue(result.contains(number) && result.contains("北京市通信管理局"), result);
        browser.screenshot("verify-decision", false);
    }

    /** GETs a same-origin URL with the browser's own session (as a click on the link would) and returns status, type and body. */
    private static Object[] fetchInTheBrowser(String url) {
        List<?> answer = (List<?>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                  done([r.status, (r.headers.get('Content-Type') || '').split(';')[0], btoa(binary)]);
                }).catch(e => done([0, String(e), '']));
                """, url);
        return answer.toArray();
    }

    private long confirmedCells() {
        return browser.all(By.cssSelector("#board-grid td.cell-confirmed")).size();
    }

    private void submitDecision(String fine) {
        assertEquals("PIPL-66", new Select(browser.driver().findElement(By.id("f-basis-decision")))
                .getFirstSelectedOption().getAttribute("value"), "the prior notice's basis is preselected");
        WebElement amount = browser.driver().findElement(By.id("f-fine-decision"));
        amount.clear();
        amount.sendKeys(fine);
        WebElement page = browser.driver().findElement(By.tagName("h1"));
        browser.driver().findElement(By.cssSelector("#step-decision button[type=submit]")).click();
        browser.waitUntil(d -> {
            try {
                page.isDisplayed();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or Chromium's "node does not belong to the document" while the old page is torn down.
                return true;
            }
        });
    }

    /** A case of Beijing's bureau taken to the prior notice through the API, each step dated in the past. */
    private static String caseAtPriorNotice(String officer) {
        ObjectMapper json = new ObjectMapper();
        LocalDate today = LocalDate.now(CHINA);
        ObjectNode open = json.createObjectNode().put("subjectKind", "OPERATOR").put("subjectName", "北京浏览器测试科技有限公司")
                .put("subjectCode", "91310104R1Y60CC1RB").put("facts", "拒不改正违规收集个人信息的行为。")
                .put("filedOn", today.minusDays(40).toString());
        String id = http.send("POST", "/api/penalty/cases", officer, open).get("id").asText();
        String base = "/api/penalty/cases/" + id;
        http.send("POST", base + "/investigation", officer, json.createObjectNode().put("on", today.minusDays(39).toString()));
        http.send("POST", base + "/investigators", officer, json.createObjectNode().put("name", "赵丽"));
        http.send("POST", base + "/investigators", officer, json.createObjectNode().put("name", "钱伟"));
        http.send("POST", base + "/review", officer, json.createObjectNode().put("findings", "查明违规收集个人信息。")
                .put("serious", false).put("on", today.minusDays(30).toString()));
        ObjectNode notice = json.createObjectNode().put("legalBasis", "PIPL-66").put("on", today.minusDays(20).toString());
        notice.putArray("penalties").addObject().put("type", "FINE").put("amountCny", 500000);
        http.send("POST", base + "/prior-notice", officer, notice);
        return id;
    }
}
