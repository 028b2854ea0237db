package org.appsupervision.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.appsupervision.devstack.DemoData;
import org.appsupervision.devstack.GatewayHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The local run's demo seeding (DemoData) against the packaged suite, through the gateway: the 2021 round from its
 * archive file with the takedown of 2021-12-09 and its eight annexes, the November 2021 figures, and the live round
 * of today whose rectification continues the series at 总第21批; a second run seeds nothing.
 */
class DemoRoundIT {

    static final String PASSWORD = PackagedSuite.PASSWORD;
    static final String STORE_SECRET = PackagedSuite.STORE_SECRET_PREFIX;
    static final List<String> HEADINGS = List.of("附件1 工业和信息化部下架的应用软件名单", "附件2 山西省通信管理局下架的应用软件名单",
            "附件3 辽宁省通信管理局下架的应用软件名单", "附件4 浙江省通信管理局下架的应用软件名单", "附件5 广东省通信管理局下架的应用软件名单",
            "附件6 四川省通信管理局下架的应用软件名单", "附件7 贵州省通信管理局下架的应用软件名单", "附件8 陕西省通信管理局下架的应用软件名单");

    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofMinutes(10)).withDemoRound();
    static GatewayHttp http;

    @BeforeAll
    static void callTheGateway() {
        http = new GatewayHttp(suite.gatewayUrl());
    }

    @Test
    void theSeededTakedownOfDecember2021HasItsEightAnnexesAndWording() {
        JsonNode found = http.send("GET", "/api/public/notices?from=2021-12-09&to=2021-12-09", null, null);
        assertEquals(1, found.get("total").asInt());
        JsonNode notice = http.send("GET", "/api/public/notices/" + found.get("items").get(0).get("id").asText(), null, null);
        assertEquals("关于下架侵害用户权益APP名单的通报", notice.get("title").asText());
        assertEquals(106, notice.get("appCount").asInt());
        List<String> headings = new ArrayList<>();
        List<Integer> apps = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (JsonNode annex : notice.get("annexes")) {
            headings.add(annex.get("label").asText() + " " + annex.get("heading").asText());
            apps.add(annex.get("appCount").asInt());
            rows.add(annex.get("rows").size());
        }
        System.out.println("Seeded 2021-12-09 notice, annexes (apps, rows): " + headings + " " + apps + " " + rows);
        assertEquals(HEADINGS, headings);
        assertEquals(List.of(5, 14, 12, 16, 22, 15, 10, 12), apps);
        assertTrue(notice.get("bureauPenaltyInstruction").asText().contains("属地通信管理局应对APP运营主体依法予以行政处罚"));
        assertTrue(notice.get("imported").asBoolean());
    }

    @Test
    void theDemosHandsetMakerHonorGetsTheOrderForTheAppItPreinstalls() {
        String honor = http.storeToken("store-honor", STORE_SECRET + "-honor");
        JsonNode preinstalled = http.send("GET", "/api/store/preinstallations", honor, null);
        assertEquals(List.of("荣耀 Magic 系列", "荣耀 数字系列"), textsOf(preinstalled.get("items"), "modelLine"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                http.send("GET", "/api/store/orders", honor, null).get("orders").size() == 1);
        JsonNode order = http.send("GET", "/api/store/orders", honor, null).get("orders").get(0);
        assertEquals("com.kankanews.knews", order.get("packageName").asText());
        assertEquals("REMOVE_PREINSTALLATION", order.get("requiredAction").asText());
        assertEquals(List.of("荣耀 数字系列"), textsOf(order.get("modelLines"), null));
        String xiaomiPhones = http.storeToken("store-xiaomi-phone", STORE_SECRET + "-xiaomi-phone");
        assertEquals(0, http.send("GET", "/api/store/orders", xiaomiPhones, null).get("orders").size());
    }

    private static List<String> textsOf(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.get(field).asText()));
        return texts;
    }

    @Test
    void theLiveRectificationContinuesTheImportedSeriesAndTheFiguresSayWhatIsImported() {
        String official = http.login("wang.official", PASSWORD);
        JsonNode rectification = null;
        for (JsonNode n : GatewayHttp.items(http.send("GET", "/api/notices", official, null))) {
            if ("RECTIFICATION".equals(n.get("kind").asText()) && !n.get("imported").asBoolean()) {
                rectification = http.send("GET", "/api/notices/" + n.get("id").asText(), official, null);
            }
        }
        assertEquals(21, rectification.get("cumulativeBatch").asInt(), rectification.toString());
        assertEquals(1, rectification.get("yearlyBatch").asInt());
        System.out.println("Live rectification: " + rectification.get("title").asText());
        JsonNode annexes = http.send("GET", "/api/public/notices/" + rectification.get("id").asText(), null, null)
                .get("annexes");
        assertEquals("工业和信息化部通报的未完成整改APP名单", annexes.get(0).get("heading").asText());
        assertEquals("广东省通信管理局通报的未完成整改APP名单", annexes.get(1).get("heading").asText());

        JsonNode totals = http.send("GET", "/api/stats", official, null).get("totals");
        assertEquals(21, totals.get("imported").get("noticeBatches").asInt());
        assertEquals(646, totals.get("imported").get("appsTakenDown").asInt());
        assertEquals(1, totals.get("own").get("noticeBatches").asInt());
        assertEquals(2, totals.get("own").get("detectionBatches").asInt());
        assertEquals(5, totals.get("own").get("appsTakenDown").asInt());
        assertFalse(new DemoData(suite.gatewayUrl(), PASSWORD, STORE_SECRET).seedIfEmpty(), "seeds only once");
    }
}
