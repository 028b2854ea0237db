package org.appsupervision.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.appsupervision.devstack.DemoData;
import org.appsupervision.devstack.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The portal in a real browser (headless Chromium) against the whole suite: one suite with the
 * demonstration round and one browser for every scenario; screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    static final String PASSWORD = "e2e-password-1";

    static Suite suite;
    static PortalBrowser browser;

    @BeforeAll
    static void startTheSuiteAndTheBrowser() {
        assumeTrue(PortalBrowser.available(), "Skipped: the portal's browser tests need Debian's chromium and "
                + "chromium-driver at " + PortalBrowser.CHROMIUM + " and " + PortalBrowser.CHROMEDRIVER);
        Path repository = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        suite = Suite.start(Suite.Options.forTests(repository, Duration.ofMinutes(10), PASSWORD, "e2e-store-secret"));
        new DemoData(suite.gatewayUrl(), PASSWORD, "e2e-store-secret").seedIfEmpty();
        browser = PortalBrowser.start(suite.gatewayUrl());
    }

    @AfterAll
    static void stopTheBrowserAndTheSuite() {
        if (browser != null) {
            browser.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    @AfterEach
    void theBrowserReportedNoCspViolation() {
        assertEquals(java.util.List.of(), browser.cspViolations(), "Content-Security-Policy violations in the console");
    }

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
    @Order(99)
    void loggingOutEndsTheSession() {
        browser.open("/portal").logout();
        assertTrue(browser.text(By.cssSelector("main")).contains("您已退出登录"));
        browser.open("/portal");
        assertTrue(browser.path().startsWith("/login"), browser.path());
        assertFalse(browser.all(By.cssSelector("header form[action='/logout']")).size() > 0);
    }
}
