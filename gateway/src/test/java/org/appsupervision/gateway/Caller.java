package org.appsupervision.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls the gateway from a distinct client address (X-Forwarded-For from the trusted local proxy),
 * so one test's rate-limit buckets never spill into another's.
 */
public final class Caller {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    public static final String PASSWORD = "test-password-1";

    private final String address;

    private Caller(String address) {
        this.address = address;
    }

    public static Caller fresh() {
        int n = NEXT.getAndIncrement();
        return new Caller("10.77." + (n / 250) + "." + (n % 250 + 1));
    }

    public String address() {
        return address;
    }

    public RequestSpecification anonymous() {
        return given().header("X-Forwarded-For", address);
    }

    public RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public String login(String username) {
        return login(username, PASSWORD);
    }

    public String login(String username, String password) {
        return anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/auth/login").then().statusCode(200).extract().path("access_token");
    }

    public String storeToken(String clientId, String secret) {
        return anonymous().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
    }
}
