package org.appsupervision.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.appsupervision.devstack.DemoData;
import org.appsupervision.devstack.GatewayHttp;
import org.appsupervision.devstack.Suite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every class of browser scenarios shares: the whole suite with the demonstration round, one
 * headless Chromium, the API beside it, and the rule that no scenario leaves a CSP violation in the console.
 */
abstract class BrowserScenarios {

    static final String PASSWORD = "e2e-password-1";
    static final String STORE_SECRET = "e2e-store-secret";

    static Suite suite;
    static PortalBrowser browser;
    static GatewayHttp http;

    @BeforeAll
    static void startTheSuiteAndTheBrowser() {
        assumeTrue(PortalBrowser.available(), "Skipped: the portal's browser tests need Debian's chromium and "
                + "chromium-driver at " + PortalBrowser.CHROMIUM + " and " + PortalBrowser.CHROMEDRIVER);
        Path repository = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        suite = Suite.start(Suite.Options.forTests(repository, Duration.ofMinutes(10), PASSWORD, STORE_SECRET));
        new DemoData(suite.gatewayUrl(), PASSWORD, STORE_SECRET).seedIfEmpty();
        http = new GatewayHttp(suite.gatewayUrl());
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
        assertEquals(List.of(), browser.cspViolations(), "Content-Security-Policy violations in the console");
    }
}
