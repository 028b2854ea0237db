package org.appsupervision.e2e.portal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appsupervision.devstack.GatewayHttp;
import org.appsupervision.devstack.SyntheticApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A handset maker as a distribution channel in a real browser against the whole suite: a maker registered through the
 * gateway reports its preinstalled apps, a takedown notice of a preinstalled app reaches it, and the officials see the
 * order in the board's makers section (with the required action and the model lines), the maker's preinstallations
 * page, the app page's "preinstalled by", and the registry filtered by kind, in Chinese and in English.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChannelsPortalIT extends BrowserScenarios {

    static final String MAKER = "honor-browser-e2e";
    static final String MAKER_NAME = "荣耀（浏览器测试）";
    static final String MODEL_LINE = "Magic6";
    static final String PACKAGE = "com.preinstalled.browser.e2e";
    static final String APP_NAME = "预置浏览器测试应用";

    static String noticeId;

    /** Registers the maker, its client and preinstallations, then publishes a takedown of the preinstalled app. */
    @BeforeAll
    static void aMakerPreinstallsAnAppThatATakedownNames() {
        String admin = http.login("admin", PASSWORD);
        ObjectNode maker = http.json().createObjectNode().put("code", MAKER).put("nameZh", MAKER_NAME)
                .put("nameEn", "Honor (browser test)").put("company", "荣耀终端股份有限公司").put("provinceCode", "44")
                .put("kind", "HANDSET_MAKER");
        http.send("POST", "/api/stores", admin, maker);
        String secret = http.send("POST", "/admin/clients", admin, http.json().createObjectNode()
                .put("clientId", "store-" + MAKER).put("storeCode", MAKER)).get("clientSecret").asText();
        String makerToken = http.storeToken("store-" + MAKER, secret);
        ObjectNode line = http.json().createObjectNode();
        line.putArray("apps").addObject().put("packageName", PACKAGE).put("appName", APP_NAME);
        http.send("PUT", "/api/store/preinstallations/" + MODEL_LINE, makerToken, line);

        String official = http.login("wang.official", PASSWORD);
        Map<String, Object> notice = Map.of("kind", "TAKEDOWN", "title", "关于下架侵害用户权益APP名单的通报（预置浏览器测试）",
                "apps", List.of(SyntheticApps.app(APP_NAME, PACKAGE, SyntheticApps.creditCode("440300", new Random(19)),
                        true, List.of("huawei"))));
        noticeId = http.send("POST", "/api/notices", official, http.json().valueToTree(notice)).get("id").asText();
        String approver = http.login("li.approver", PASSWORD);
        http.send("POST", "/api/notices/" + noticeId + "/approval", approver, null);
        http.send("POST", "/api/notices/" + noticeId + "/publication", approver, null);
        // The orders are made from the published notice's event: the maker's arrives beside huawei's.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode orders = GatewayHttp.items(http.send("GET", "/api/orders?noticeId=" + noticeId, official, null));
            boolean makerOrder = false;
            for (JsonNode order : orders) {
                makerOrder |= MAKER.equals(order.path("storeCode").asText());
            }
            return makerOrder;
        });
    }

    @Test
    @Order(1)
    void theBoardShowsTheMakersOrderInItsOwnSectionAfterTheAppStores() {
        loginAt("wang.official", "/portal/boards/" + noticeId);
        browser.waitFor(By.id("board-makers"));
        WebElement row = browser.driver().findElement(By.cssSelector("#board-makers tr[data-store='" + MAKER + "']"));
        String text = row.getText();
        assertTrue(text.contains(APP_NAME) && text.contains(MAKER_NAME) && text.contains(MODEL_LINE), text);
        assertTrue(text.contains("从预置中移除，并在下一次系统更新中推送卸载或停用"), text);
        assertTrue(browser.all(By.cssSelector("#board-grid table.board:not(.board-makers) th[title='huawei']")).size() == 1,
                "huawei is a column of the app stores' grid");
        assertEquals(0, browser.all(By.cssSelector("#board-grid th[title='" + MAKER + "']")).size(),
                "the maker is no store column");
        browser.screenshot("takedown-board-makers", false);

        browser.switchLanguage();
        browser.waitFor(By.id("board-makers"));
        assertTrue(browser.text(By.id("board-makers"))
                .contains("Remove from preinstallation and push removal or disable in the next system update"));
        browser.switchLanguage();
    }

    @Test
    @Order(2)
    void theMakersLinkOpensItsPreinstallationsPerModelLine() {
        browser.open("/portal/boards/" + noticeId);
        browser.waitFor(By.id("board-makers"));
        browser.driver().findElement(By.cssSelector("#board-makers tr[data-store='" + MAKER + "'] a")).click();
        browser.waitFor(By.cssSelector("section[data-model-line='" + MODEL_LINE + "']"));
        assertEquals("/portal/stores/" + MAKER + "/preinstallations", browser.path());
        String line = browser.text(By.cssSelector("section[data-model-line='" + MODEL_LINE + "']"));
        assertTrue(line.contains(PACKAGE) && line.contains(APP_NAME), line);
        assertTrue(browser.text(By.tagName("h1")).contains(MAKER_NAME));
        browser.screenshot("maker-preinstallations", false);
    }

    @Test
    @Order(3)
    void theAppPageNamesTheMakerThatPreinstallsIt() {
        browser.open("/portal/apps/" + PACKAGE);
        browser.waitFor(By.id("preinstalled-by"));
        String section = browser.text(By.id("preinstalled-by"));
        assertTrue(section.contains(MAKER_NAME) && section.contains(MODEL_LINE), section);
    }

    @Test
    @Order(4)
    void theRegistryFiltersTheMakersAndOnlyTheirRowsLinkPreinstallations() {
        browser.open("/portal/stores?kind=HANDSET_MAKER");
        browser.waitFor(By.cssSelector("table.scorecards[data-kind='HANDSET_MAKER']"));
        assertEquals(0, browser.all(By.cssSelector("table.scorecards[data-kind='APP_STORE']")).size());
        assertEquals(1, browser.all(By.cssSelector("tr[data-store='" + MAKER + "'] a[href='/portal/stores/" + MAKER
                + "/preinstallations']")).size());
        browser.open("/portal/stores");
        browser.waitFor(By.cssSelector("table.scorecards[data-kind='APP_STORE']"));
        assertFalse(browser.text(By.cssSelector("table.scorecards[data-kind='APP_STORE']")).contains(MAKER_NAME));
        assertEquals(0, browser.all(By.cssSelector("table.scorecards[data-kind='APP_STORE'] a[href$='/preinstallations']"))
                .size(), "no app store row links preinstallations");
        browser.screenshot("channel-scorecards", false);
        browser.open("/portal").logout();
    }
}
