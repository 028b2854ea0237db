package org.appsupervision.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.appsupervision.gateway.token.SigningKeys;
import org.junit.jupiter.api.Test;

/**
 * The portal's pages at the gateway alone (the services are the stand-ins of {@link StubServices}):
 * login and logout with return paths, language, cross-site refusals, sliding renewal, the session's
 * absolute limit, roles, and a dashboard that says which service is down.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class PortalPagesTest {

    @Inject
    SigningKeys keys;

    private final Caller caller = Caller.fresh();

    private RequestSpecification browser() {
        return caller.anonymous().redirects().follow(false);
    }

    private Response formLogin(String username, String password, String returnPath) {
        return browser().header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", password).formParam("return", returnPath)
                .post("/login");
    }

    private String cookieToken(String username) {
        return formLogin(username, Caller.PASSWORD, "/portal").then().statusCode(303).extract().cookie("supervision_token");
    }

    /** A token of a real login session of the account (a random session for an unknown account). */
    private String token(String subject, Set<String> groups, Instant authTime, Duration left) {
        long now = Instant.now().getEpochSecond();
        String session = subject.equals("nobody.here") ? java.util.UUID.randomUUID().toString()
                : sessionOf(caller.login(subject));
        return Jwt.issuer("https://gateway.supervision.local").audience("supervision").subject(subject).upn(subject)
                .groups(groups).claim("auth_time", authTime.getEpochSecond()).claim("sid", session)
                .issuedAt(now - 300 + left.toSeconds()).expiresAt(now + left.toSeconds())
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId()).sign(keys.privateKey());
    }

    private static String sessionOf(String token) {
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return jakarta.json.Json.createReader(new java.io.StringReader(claims)).readObject().getString("sid");
    }

    @Test
    void anAnonymousReaderIsSentToLoginWithTheWayBack() {
        browser().get("/portal?year=2025").then().statusCode(303)
                .header("Location", endsWith("/login?reason=login&return=%2Fportal%3Fyear%3D2025"));
        browser().get("/").then().statusCode(303).header("Location", endsWith("/portal"));
        browser().header("HX-Request", "true").get("/portal").then().statusCode(200)
                .header("HX-Redirect", containsString("/login?reason=login"));
    }

    @Test
    void loginWithTheFormSetsTheSessionCookieAndGoesBack() {
        Response response = formLogin("wang.official", Caller.PASSWORD, "/portal?year=2025");
        response.then().statusCode(303).header("Location", endsWith("/portal?year=2025"))
                .header("Set-Cookie", allOf(containsString("supervision_token="), containsString("HttpOnly"),
                        containsString("SameSite=Strict")));
        browser().cookie("supervision_token", response.cookie("supervision_token")).get("/portal")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("wang.official"), containsString("总览"));
    }

    @Test
    void aReturnPathToAnotherSiteIsReplacedByTheDashboard() {
        for (String foreign : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            formLogin("wang.official", Caller.PASSWORD, foreign).then().statusCode(303)
                    .header("Location", endsWith("/portal"));
            browser().get("/lang/en?return=" + foreign).then().statusCode(303).header("Location", endsWith("/portal"));
        }
    }

    @Test
    void aWrongPasswordOrAnEmptyFieldRendersTheFormAgainInChinese() {
        formLogin("wang.official", "not-the-password-9", "/portal").then().statusCode(401)
                .header("Set-Cookie", nullValue())
                .body(containsString("lang=\"zh-CN\""), containsString("用户名或密码错误"),
                        containsString("value=\"wang.official\""));
        formLogin("", "", "/portal").then().statusCode(400)
                .body(containsString("id=\"username-error\""), containsString("aria-invalid=\"true\""));
    }

    @Test
    void theLanguageSwitchRemembersEnglish() {
        String lang = browser().get("/lang/en?return=/login").then().statusCode(303)
                .header("Location", endsWith("/login")).extract().cookie("lang");
        assertEquals("en", lang);
        browser().cookie("lang", "en").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("User name"), containsString("中文"));
        browser().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("用户名"), containsString(">English<"));
        String token = cookieToken("li.approver");
        browser().cookie("lang", "en").cookie("supervision_token", token).get("/portal").then().statusCode(200)
                .body(containsString("Apps notified"), containsString("Signed in as li.approver"));
    }

    @Test
    void crossSiteLoginAndLogoutFormsAreRefused() {
        browser().header("Sec-Fetch-Site", "cross-site").formParam("username", "wang.official")
                .formParam("password", Caller.PASSWORD).post("/login")
                .then().statusCode(403).header("Set-Cookie", nullValue()).body(containsString("跨站请求被拒绝"));
        browser().header("Origin", "https://evil.example").formParam("username", "wang.official")
                .formParam("password", Caller.PASSWORD).post("/login").then().statusCode(403);
        String token = cookieToken("wang.official");
        browser().cookie("supervision_token", token).header("Sec-Fetch-Site", "cross-site").post("/logout")
                .then().statusCode(403).header("Set-Cookie", nullValue());
        browser().cookie("supervision_token", token).header("Sec-Fetch-Site", "same-origin").post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login?reason=logged-out"))
                .header("Set-Cookie", containsString("supervision_token=;"));
    }

    @Test
    void aTokenPastHalfItsLifetimeIsRenewedWithTheAccountsCurrentRoles() {
        Instant loggedIn = Instant.now().minus(Duration.ofHours(1));
        String old = token("zhou.senior", Set.of("official"), loggedIn, Duration.ofSeconds(60));
        Response page = browser().cookie("supervision_token", old).get("/portal");
        page.then().statusCode(200).header("Cache-Control", "no-store");
        String renewed = page.cookie("supervision_token");
        assertNotEquals(null, renewed);
        assertNotEquals(old, renewed);
        browser().cookie("supervision_token", renewed).get("/portal").then().statusCode(200)
                .header("Set-Cookie", nullValue());
        String claims = new String(java.util.Base64.getUrlDecoder().decode(renewed.split("\\.")[1]));
        assertTrue(claims.contains("\"approver\""), "roles are read again from the account: " + claims);
        assertTrue(claims.contains("\"auth_time\":" + loggedIn.getEpochSecond()), "the login time is kept: " + claims);
        assertTrue(claims.contains("\"sid\":\"" + sessionOf(old) + "\""), "the login session is kept: " + claims);
    }

    @Test
    void aSessionPastItsLimitOrAnExpiredTokenGoesToLogin() {
        String tooOld = token("wang.official", Set.of("official"), Instant.now().minus(Duration.ofHours(9)),
                Duration.ofMinutes(4));
        browser().cookie("supervision_token", tooOld).get("/portal").then().statusCode(303)
                .header("Location", containsString("/login?reason=ended"));
        String expired = token("wang.official", Set.of("official"), Instant.now().minus(Duration.ofMinutes(10)),
                Duration.ofMinutes(-2));
        browser().cookie("supervision_token", expired).get("/portal").then().statusCode(303)
                .header("Location", containsString("/login?reason=expired"));
        browser().get("/login?reason=expired").then().statusCode(200).body(containsString("会话已过期"));
        String unknown = token("nobody.here", Set.of("official"), Instant.now(), Duration.ofSeconds(30));
        browser().cookie("supervision_token", unknown).get("/portal").then().statusCode(303)
                .header("Location", containsString("/login?reason=ended"));
    }

    @Test
    void aRoleWithoutPortalPagesIsRefused() {
        String guest = token("wang.official", Set.of("guest"), Instant.now(), Duration.ofMinutes(5));
        browser().cookie("supervision_token", guest).get("/portal").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("无权访问"));
    }

    @Test
    void theDashboardShowsWhatItGotAndNamesTheServiceThatIsDown() {
        String token = cookieToken("sun.auditor");
        String html = browser().cookie("supervision_token", token).get("/portal").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("处罚服务暂时不可用"), not(containsString("通报服务暂时不可用")),
                        containsString("/webjars/echarts/dist/echarts.min.js"))
                .extract().asString();
        assertTrue(!html.contains(" style=") && !html.contains("<style") && !html.contains(" onclick="),
                "no inline styles or handlers under the strict CSP");
        assertTrue(html.replace("<script src=", "").indexOf("<script") < 0, "no inline script under the strict CSP");
        browser().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200).body(not(emptyOrNullString()));
        browser().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200);
        browser().get("/assets/portal.css").then().statusCode(200).body(containsString(".htmx-indicator"));
        browser().get("/assets/charts.js").then().statusCode(200).header("Content-Type", containsString("javascript"));
    }
}
