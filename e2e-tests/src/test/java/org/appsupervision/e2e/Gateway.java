package org.appsupervision.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The suite as a user sees it: the gateway's HTTP API, nothing else. */
final class Gateway {

    private final Supplier<String> url;

    Gateway(String url) {
        this(() -> url);
    }

    /** A gateway whose address is read at each request (a suite's, known once it has started). */
    Gateway(Supplier<String> url) {
        this.url = url;
    }

    RequestSpecification as(String token) {
        return given().baseUri(url.get()).auth().oauth2(token);
    }

    RequestSpecification anonymous() {
        return given().baseUri(url.get());
    }

    String login(String username) {
        return given().baseUri(url.get()).contentType("application/json")
                .body(Map.of("username", username, "password", ChainFixtures.PASSWORD))
                .post("/auth/login").then().statusCode(200).extract().path("access_token");
    }

    /**
     * An enterprise registers (multipart with a small PDF letter, sent with its length as a browser does) and the
     * ministry's {@code verifier} verifies it: the operator account {@code username} then exists with the password.
     */
    void registerVerifiedEnterprise(String verifierToken, String company, String creditCode, String username,
            String password) {
        String boundary = "e2e-registration-boundary";
        StringBuilder form = new StringBuilder();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("companyName", company);
        fields.put("creditCode", creditCode);
        fields.put("contactName", "联系人");
        fields.put("contactPhone", "010-1234 5678");
        fields.put("contactEmail", "compliance@example.com");
        fields.put("username", username);
        fields.put("password", password);
        fields.forEach((name, value) -> form.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(value).append("\r\n"));
        form.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"letter\"; filename=\"letter.pdf\"")
                .append("\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n%%EOF\n\r\n--").append(boundary).append("--\r\n");
        String id = given().baseUri(url.get()).contentType("multipart/form-data; boundary=" + boundary)
                .body(form.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/auth/registrations")
                .then().statusCode(201).extract().path("id");
        as(verifierToken).post("/admin/registrations/" + id + "/verification").then().statusCode(200);
    }

    String storeToken(String store) {
        return given().baseUri(url.get()).auth().preemptive()
                .basic("store-" + store, ChainFixtures.STORE_SECRET_PREFIX + "-" + store)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
    }

    /** Every order of the store, following the cursor through all pages. */
    List<Map<String, Object>> storeOrders(String storeToken) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            RequestSpecification request = as(storeToken).queryParam("limit", 500);
            if (after != null) {
                request.queryParam("after", after);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/store/orders")
                    .then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("orders"));
            after = page.getString("next");
        } while (after != null);
        return all;
    }

    /**
     * Every row of a list, read through the gateway one page of {@code pageSize} after another along the
     * {@code Link rel="next"} headers, which the gateway passes on as relative links to itself.
     */
    List<Map<String, Object>> all(String token, String pathAndQuery, int pageSize) {
        List<Map<String, Object>> all = new ArrayList<>();
        String next = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "limit=" + pageSize;
        while (next != null) {
            if (!next.startsWith("/")) {
                throw new AssertionError("Link rel=next is not a path of the gateway: " + next);
            }
            io.restassured.response.Response page = as(token).urlEncodingEnabled(false).get(next);
            all.addAll(page.then().statusCode(200).extract().jsonPath().getList("$"));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        return all;
    }
}
