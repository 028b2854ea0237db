package org.appsupervision.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.appsupervision.devstack.DemoData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public open-data pages in a real browser against the whole suite with the demonstration round: after the
 * launcher's step that writes the ended days' dumps, {@code /open-data} lists each of the three services' files with
 * the manifest's checksums, a file downloaded through the gateway by its link has the manifest's SHA-256, and
 * {@code /open-data/statistics} draws its charts as images named by their titles, each with a table of its figures
 * that match the statistics API. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataPortalIT extends BrowserScenarios {

    static final List<String> SERVICES = List.of("notice-service", "appstore-service", "penalty-service");

    @Test
    @Order(1)
    void theIndexListsTheThreeServicesFilesWithTheManifestsChecksumsAndADownloadMatchesIt() throws Exception {
        int written = new DemoData(suite.gatewayUrl(), PASSWORD, STORE_SECRET).dumpOpenData();
        assertEquals(SERVICES.size(), written, "yesterday's dump of each service on a fresh suite");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

        browser.open("/open-data");
        for (String service : SERVICES) {
            JsonNode manifest = http.send("GET", "/api/public/open-data/" + service + "/manifests/" + yesterday,
                    null, null);
            List<WebElement> rows = browser.all(By.cssSelector("section[aria-labelledby='svc-" + service
                    + "'] table tbody tr"));
            assertEquals(manifest.get("files").size(), rows.size(), service + ": a row per file of the manifest");
            assertFalse(rows.isEmpty(), service);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode file = manifest.get("files").get(i);
                WebElement row = rows.get(i);
                assertEquals(file.get("name").asText(), row.findElement(By.tagName("a")).getText(), service);
                assertEquals(file.get("sha256").asText(), row.findElement(By.tagName("code")).getText(),
                        service + " " + file.get("name").asText());
            }
            WebElement link = rows.get(0).findElement(By.tagName("a"));
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link.getDomProperty("href"))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode(), link.getDomProperty("href"));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
            assertEquals(manifest.get("files").get(0).get("sha256").asText(), sha, link.getDomProperty("href"));
            assertEquals('"' + sha + '"', download.headers().firstValue("ETag").orElse(""));
            assertEquals(String.valueOf(download.body().length),
                    download.headers().firstValue("Content-Length").orElse(""));
        }
        assertTrue(browser.text(By.cssSelector("p.licence")).contains("CC BY 4.0"), "the licence line");
        browser.screenshot("open-data", false);
    }

    @Test
    @Order(2)
    void theStatisticsPageDrawsItsChartsWithTextAlternativesAndTheApisFigures() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String range = "from=" + today.minusDays(29) + "&to=" + today;
        browser.open("/open-data/statistics?" + range);
        List<WebElement> sections = browser.all(By.cssSelector("main section[aria-labelledby^='chart-']"));
        assertEquals(4, sections.size(), "notices, takedowns, problems and stores");
        for (WebElement section : sections) {
            String heading = section.findElement(By.tagName("h2")).getText();
            WebElement chart = section.findElement(By.cssSelector("figure svg[role='img']"));
            String titleId = chart.getDomAttribute("aria-labelledby");
            WebElement title = chart.findElement(By.tagName("title"));
            assertEquals(titleId, title.getDomAttribute("id"), heading + ": the image is named by its title");
            assertEquals(heading, title.getDomProperty("textContent"), heading);
            assertEquals(heading, section.findElement(By.cssSelector("table caption")).getText(), heading);
        }

        JsonNode statistics = http.send("GET", "/api/public/open-data/notice-service/statistics?" + range, null, null);
        long notices = 0;
        for (JsonNode row : statistics.path("datasets").path("notice-statistics")) {
            notices += row.get("notices").asLong();
        }
        assertTrue(notices > 0, "the demonstration round published notices today: " + statistics);
        long shown = 0;
        for (WebElement cell : sections.get(0).findElements(By.cssSelector("table tbody td"))) {
            shown += Long.parseLong(cell.getText().trim());
        }
        assertEquals(notices, shown, "the notices chart's table shows the API's figures");
        browser.screenshot("open-data-statistics", false);
    }
}
