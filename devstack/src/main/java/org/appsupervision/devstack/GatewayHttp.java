package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small client of the gateway's public API, as a user or a store would call it. */
public final class GatewayHttp {

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public GatewayHttp(String gateway) {
        this.gateway = gateway;
    }

    public ObjectMapper json() {
        return json;
    }

    /** Logs an official in and returns the access token. */
    public String login(String username, String password) {
        ObjectNode body = json.createObjectNode().put("username", username).put("password", password);
        return send("POST", "/auth/login", null, body).get("access_token").asText();
    }

    /** A store client's token through the client credentials grant. */
    public String storeToken(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return execute(request).get("access_token").asText();
    }

    /** Sends a request with an optional bearer token and JSON body; fails on any status from 300 up. */
    public JsonNode send(String method, String path, String token, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60))
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

    /** Sends a text body of the given media type (a CSV or JSON Lines file) with a bearer token. */
    public JsonNode sendText(String method, String path, String token, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token).build();
        return execute(request);
    }

    /** The elements of a list answer, whether it is a JSON array or a page object holding them in {@code items}. */
    public static JsonNode items(JsonNode answer) {
        return answer.isArray() ? answer : answer.path("items");
    }

    private JsonNode execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
