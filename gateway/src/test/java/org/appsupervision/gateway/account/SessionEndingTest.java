package org.appsupervision.gateway.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.appsupervision.gateway.token.SigningKeys;
import org.junit.jupiter.api.Test;

/**
 * Logout, a password change, disabling, unlocking and a change of roles end the sessions concerned at once: a login
 * cookie captured before the event is refused after it by the portal pages and by the gateway's own API, even one
 * past half its life that the portal would otherwise have renewed; other accounts' sessions are not touched, and a
 * logout ends only the one session it was sent with.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class SessionEndingTest {

    private static final String PASSWORD = "Session-2026-pass";

    @Inject
    SigningKeys keys;

    private final Caller caller = Caller.fresh();

    @Test
    void logoutEndsThatSessionAtOnceAndTheAccountsOtherLoginStaysOpen() {
        String user = newAccount("official");
        String bystander = newAccount("official");
        String cookie = portalLogin(user, PASSWORD);
        String aged = agedCopyOf(cookie);
        String otherLogin = portalLogin(user, PASSWORD);
        String bystanderCookie = portalLogin(bystander, PASSWORD);
        assertRenewed(aged);

        browser().cookie(LoginResource.TOKEN_COOKIE, cookie).header("Sec-Fetch-Site", "same-origin").post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login?reason=logged-out"));

        assertEnded(cookie);
        assertEnded(aged);
        assertOpen(otherLogin);
        assertOpen(bystanderCookie);
    }

    @Test
    void logoutThroughTheApiEndsTheSessionOfTheBearerToken() {
        String user = newAccount("auditor");
        String token = caller.login(user, PASSWORD);
        String otherLogin = caller.login(user, PASSWORD);
        caller.as(token).get("/audit/records").then().statusCode(200);

        caller.as(token).post("/auth/logout").then().statusCode(204)
                .header("Set-Cookie", containsString(LoginResource.TOKEN_COOKIE + "=;"));

        caller.as(token).get("/audit/records").then().statusCode(401);
        assertEnded(token);
        caller.as(otherLogin).get("/audit/records").then().statusCode(200);
    }

    @Test
    void aPasswordChangeEndsEverySessionOfTheAccountTheCallersToo() {
        String user = newAccount("bureau");
        String bystander = newAccount("bureau");
        String cookie = portalLogin(user, PASSWORD);
        String aged = agedCopyOf(cookie);
        String otherLogin = portalLogin(user, PASSWORD);
        String bystanderCookie = portalLogin(bystander, PASSWORD);
        assertRenewed(aged);

        withCookie(cookie).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "Changed-2026-pass"))
                .post("/auth/password").then().statusCode(204)
                .header("Set-Cookie", containsString(LoginResource.TOKEN_COOKIE + "=;"));

        assertEnded(cookie);
        assertEnded(aged);
        assertEnded(otherLogin);
        assertOpen(bystanderCookie);
        assertOpen(portalLogin(user, "Changed-2026-pass"));
    }

    @Test
    void disablingByAnAdminEndsTheAccountsSessionsAndEnablingDoesNotReviveThem() {
        String user = newAccount("approver");
        String bystander = newAccount("approver");
        String cookie = portalLogin(user, PASSWORD);
        String aged = agedCopyOf(cookie);
        String bystanderCookie = portalLogin(bystander, PASSWORD);
        assertRenewed(aged);
        String admin = caller.login("admin");

        caller.as(admin).post("/admin/accounts/" + user + "/disabling").then().statusCode(200);
        assertEnded(cookie);
        assertEnded(aged);
        caller.as(admin).post("/admin/accounts/" + user + "/enabling").then().statusCode(200);

        assertEnded(cookie);
        assertEnded(aged);
        assertOpen(bystanderCookie);
        caller.as(admin).get("/admin/accounts").then().statusCode(200);
    }

    @Test
    void unlockingEndsTheSessionsThatTheLockHeldBack() {
        String user = newAccount("official");
        String bystander = newAccount("official");
        String cookie = portalLogin(user, PASSWORD);
        String aged = agedCopyOf(cookie);
        String bystanderCookie = portalLogin(bystander, PASSWORD);
        assertRenewed(aged);
        for (int i = 0; i < 3; i++) {
            caller.anonymous().contentType(ContentType.JSON)
                    .body(Map.of("username", user, "password", "Wrong-password-" + i)).post("/auth/login")
                    .then().statusCode(401);
        }
        assertEnded(cookie);

        caller.as(caller.login("admin")).post("/admin/accounts/" + user + "/unlocking").then().statusCode(200);

        assertEnded(cookie);
        assertEnded(aged);
        assertOpen(bystanderCookie);
        assertOpen(portalLogin(user, PASSWORD));
    }

    @Test
    void aChangeOfRolesOrProvinceEndsTheAccountsSessions() {
        String user = newAccount("bureau");
        String bystander = newAccount("bureau");
        String cookie = portalLogin(user, PASSWORD);
        String aged = agedCopyOf(cookie);
        String bystanderCookie = portalLogin(bystander, PASSWORD);
        assertRenewed(aged);
        String admin = portalLogin("admin", Caller.PASSWORD);

        withCookie(admin).formParam("roles", "bureau").formParam("province", "11")
                .post("/portal/admin/accounts/" + user + "/roles").then().statusCode(303)
                .header("Location", endsWith("done=roles"));

        assertEnded(cookie);
        assertEnded(aged);
        assertOpen(bystanderCookie);
        assertOpen(admin);
        String fresh = portalLogin(user, PASSWORD);
        assertOpen(fresh);
        assertEquals("11", claims(fresh).getString("province"), "a new login carries the new province");
    }

    @Test
    void aTokenOfALoginWithoutASessionIdIsRefused() {
        String user = newAccount("official");
        JsonObject claims = claims(caller.login(user, PASSWORD));
        String withoutSession = sign(Json.createObjectBuilder(claims).remove(AccountSessions.SESSION_CLAIM).build(),
                Instant.now().getEpochSecond() + 240);
        String unknownSession = sign(Json.createObjectBuilder(claims)
                .add(AccountSessions.SESSION_CLAIM, UUID.randomUUID().toString()).build(),
                Instant.now().getEpochSecond() + 240);
        assertEnded(withoutSession);
        assertEnded(unknownSession);
    }

    private RequestSpecification browser() {
        return caller.anonymous().redirects().follow(false);
    }

    private RequestSpecification withCookie(String cookie) {
        return browser().cookie(LoginResource.TOKEN_COOKIE, cookie).header("Sec-Fetch-Site", "same-origin");
    }

    private String newAccount(String role) {
        String username = "s" + UUID.randomUUID().toString().substring(0, 8) + "." + role;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName", "会话 " + role,
                "roles", List.of(role), "password", PASSWORD));
        if (role.equals("bureau")) {
            body.put("province", "44");
        }
        caller.as(caller.login("admin")).contentType(ContentType.JSON).body(body).post("/admin/accounts")
                .then().statusCode(201);
        return username;
    }

    private String portalLogin(String username, String password) {
        return browser().header("Sec-Fetch-Site", "same-origin").formParam("username", username)
                .formParam("password", password).formParam("return", "/portal").post("/login")
                .then().statusCode(303).extract().cookie(LoginResource.TOKEN_COOKIE);
    }

    /** The portal page opens, and the gateway's own API takes the cookie (a wrong current password is a 400, not 401). */
    private void assertOpen(String cookie) {
        browser().cookie(LoginResource.TOKEN_COOKIE, cookie).get("/portal").then().statusCode(200);
        withCookie(cookie).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Not-the-password-1", "newPassword", "Whatever-2026-pass"))
                .post("/auth/password").then().statusCode(400);
    }

    /** The portal page sends the cookie to the login page, and the gateway's own API answers 401. */
    private void assertEnded(String cookie) {
        browser().cookie(LoginResource.TOKEN_COOKIE, cookie).get("/portal").then().statusCode(303)
                .header("Location", containsString("/login?reason=ended"));
        withCookie(cookie).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Not-the-password-1", "newPassword", "Whatever-2026-pass"))
                .post("/auth/password").then().statusCode(401).contentType(containsString("problem+json"));
    }

    /** Before the event, the portal renews a cookie past half its life: the one the event must stop. */
    private void assertRenewed(String aged) {
        browser().cookie(LoginResource.TOKEN_COOKIE, aged).get("/portal").then().statusCode(200)
                .cookie(LoginResource.TOKEN_COOKIE, notNullValue());
    }

    /** The same token (same session, roles, login time) with only a minute left: past half its five minutes. */
    private String agedCopyOf(String token) {
        return sign(claims(token), Instant.now().getEpochSecond() + 60);
    }

    private String sign(JsonObject claims, long expiresAt) {
        return Jwt.claims(claims).issuedAt(expiresAt - 300).expiresAt(expiresAt)
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId()).sign(keys.privateKey());
    }

    private static JsonObject claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }
}
