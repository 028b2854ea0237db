package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Seeds the demonstration round through the gateway's public API, as users would: the admin imports the 2021 round
 * (the archive file of the re-check 2021年第11批,总第20批 and the takedown of 2021-12-09 with its eight annexes) and the
 * cumulative figures of November 2021; then, live on today's date, an official drafts a takedown notice of the five
 * apps that missed the re-check deadline (one of them preinstalled by the handset maker 荣耀, registered with 小米手机
 * before it, see {@link DemoChannels}), an approver publishes it, and one store confirms some of its orders, and a
 * rectification notice from a ministry and a bureau finding continues the series as 总第21批; 豆瓣's operator publishes its
 * dual list, against which a finding of 豆瓣 shows an undisclosed data flow; the testing agencies that re-check
 * rectifications are registered; the four demo SDKs are registered and found in 豆瓣 and the demo apps. Runs only when no notice exists yet. Then, on every start, the open-data dumps of the
 * days that have ended are written ({@link #dumpOpenData}).
 */
public final class DemoData {

    private final String password;
    private final String storeSecretPrefix;
    private final GatewayHttp http;
    private final ObjectMapper json;

    public DemoData(String gateway, String password, String storeSecretPrefix) {
        this.http = new GatewayHttp(gateway);
        this.json = http.json();
        this.password = password;
        this.storeSecretPrefix = storeSecretPrefix;
    }

    /**
     * Writes the open-data dumps of the days that have ended and are not dumped yet (see {@link DemoOpenData}); the
     * round seeded today appears in tomorrow's dump. Answers how many days of the three services it wrote.
     */
    public int dumpOpenData() {
        return DemoOpenData.dumpEndedDays(http, login("admin"));
    }

    /** Seeds the round unless notices exist; returns whether it seeded. */
    public boolean seedIfEmpty() {
        String official = login("wang.official");
        if (GatewayHttp.items(send("GET", "/api/notices", official, null)).size() > 0) {
            return false;
        }
        String admin = login("admin");
        DemoHistory.importRound2021(http, admin);
        DemoHistory.importFiguresOfNovember2021(http, admin);
        DemoChannels.register(http, admin, this::storeToken);
        seedLiveTakedown(official);
        DemoLiveRectification.publish(http, official, login("li.approver"));
        DemoDualList.seed(http, official, password);
        DemoAgencies.register(http, official);
        DemoSdks.seed(http, official);
        return true;
    }

    private void seedLiveTakedown(String official) {
        JsonNode draft = send("POST", "/api/notices", official, readDemoNotice());
        String id = draft.get("id").asText();
        String approver = login("li.approver");
        send("POST", "/api/notices/" + id + "/approval", approver, null);
        send("POST", "/api/notices/" + id + "/publication", approver, null);

        JsonNode notice = readDemoNotice();
        int huaweiOrders = 0;
        for (JsonNode app : notice.get("apps")) {
            for (JsonNode store : app.get("stores")) {
                huaweiOrders += "huawei".equals(store.asText()) ? 1 : 0;
            }
        }
        String huawei = storeToken("huawei");
        JsonNode orders = awaitOrders(huawei, huaweiOrders);
        int confirmed = 0;
        for (JsonNode order : orders.get("orders")) {
            if (confirmed++ == 2) {
                break;
            }
            ObjectNode evidence = json.createObjectNode()
                    .put("removedAt", Instant.now().minusSeconds(600).toString())
                    .put("listingReference", "https://appgallery.huawei.com/app/" + order.get("packageName").asText())
                    .put("note", "已按通报要求下架 / Removed as the notice requires");
            send("POST", "/api/store/orders/" + order.get("id").asText() + "/confirmation", huawei, evidence);
        }
    }

    private JsonNode awaitOrders(String storeToken, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode page = send("GET", "/api/store/orders?status=PENDING", storeToken, null);
            if (page.get("orders").size() >= expected) {
                return page;
            }
            sleep();
        }
        throw new IllegalStateException("The demo notice's orders did not reach the store API within 60 s");
    }

    private String login(String username) {
        return http.login(username, password);
    }

    private String storeToken(String store) {
        return http.storeToken("store-" + store, storeSecretPrefix + "-" + store);
    }

    private JsonNode send(String method, String path, String token, JsonNode body) {
        return http.send(method, path, token, body);
    }

    private JsonNode readDemoNotice() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/takedown-2021-12-09.json")) {
            ObjectNode notice = (ObjectNode) json.readTree(in);
            notice.remove("_note");
            return notice;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
