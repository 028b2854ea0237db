package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Seeds the demonstration round through the gateway's public API, as users would: an official
 * drafts the takedown notice, an approver approves and publishes it, and one store confirms
 * some of its orders. Runs only when no notice exists yet.
 */
public final class DemoData {

    private final String gateway;
    private final String password;
    private final String storeSecretPrefix;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public DemoData(String gateway, String password, String storeSecretPrefix) {
        this.gateway = gateway;
        this.password = password;
        this.storeSecretPrefix = storeSecretPrefix;
    }

    /** Seeds the round unless notices exist; returns whether it seeded. */
    public boolean seedIfEmpty() {
        String official = login("wang.official");
        if (send("GET", "/api/notices", official, null).size() > 0) {
            return false;
        }
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
        return true;
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
        ObjectNode body = json.createObjectNode().put("username", username).put("password", password);
        return send("POST", "/auth/login", null, body).get("access_token").asText();
    }

    private String storeToken(String store) {
        String form = "grant_type=client_credentials&client_id=store-" + store + "&client_secret="
                + URLEncoder.encode(storeSecretPrefix + "-" + store, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return execute(request).get("access_token").asText();
    }

    private JsonNode send(String method, String path, String token, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return execute(request.build());
    }

    private JsonNode execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
