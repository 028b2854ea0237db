package org.appsupervision.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.appsupervision.devstack.GatewayHttp;
import org.appsupervision.e2e.PackagedSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every class of browser scenarios shares: the whole suite with the demonstration round, one
 * headless Chromium, the API beside it, and the rule that no scenario leaves a CSP violation in the console.
 */
abstract class BrowserScenarios {

    static final String PASSWORD = PackagedSuite.PASSWORD;
    static final String STORE_SECRET = PackagedSuite.STORE_SECRET_PREFIX;

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofMinutes(10)).withDemoRound()
            .onlyIf(PortalBrowser::available, "Skipped: the portal's browser tests need Debian's chromium and "
                    + "chromium-driver at " + PortalBrowser.CHROMIUM + " and " + PortalBrowser.CHROMEDRIVER);
    static PortalBrowser browser;
    static GatewayHttp http;

    @BeforeAll
    static void startTheBrowser() {
        http = new GatewayHttp(suite.gatewayUrl());
        browser = PortalBrowser.start(suite.gatewayUrl());
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Logs in as this person (logging out whoever is still logged in) and lands on the path. */
    static void loginAt(String username, String path) {
        browser.open(path);
        if (!browser.path().startsWith("/login")) {
            browser.logout();
            browser.open(path);
        }
        browser.login(username, PASSWORD);
        if (!browser.path().startsWith(path)) {
            browser.open(path);
        }
    }

    @AfterEach
    void theBrowserReportedNoCspViolation() {
        assertEquals(List.of(), browser.cspViolations(), "Content-Security-Policy violations in the console");
    }
}
