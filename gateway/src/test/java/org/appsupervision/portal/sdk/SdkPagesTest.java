package org.appsupervision.portal.sdk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.Sdks;
import org.appsupervision.gateway.StubServices;
import org.appsupervision.gateway.account.Account;
import org.appsupervision.gateway.account.AccountRepository;
import org.appsupervision.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK registry pages and the app page's SDK section, against stubbed services. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class SdkPagesTest {

    static final String ENTERPRISE = "sdk.test.operator";

    private final Caller caller = Caller.fresh();

    @Inject
    AccountRepository accounts;

    @BeforeEach
    void enterpriseAccount() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.findByIdOptional(ENTERPRISE).isEmpty()) {
                Account account = new Account();
                account.username = ENTERPRISE;
                account.displayName = "北京豆网科技有限公司";
                account.passwordHash = BcryptUtil.bcryptHash(Caller.PASSWORD);
                account.roles = new java.util.HashSet<>(Set.of(Roles.OPERATOR));
                account.enabled = true;
                account.createdAt = Instant.now();
                account.passwordChangedAt = account.createdAt;
                accounts.persist(account);
            }
        });
    }

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).post("/login")
                .then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token)
                .header("Sec-Fetch-Site", "same-origin").config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")));
    }

    @Test
    void officialsSeeTheRegistryInTheMenuAndTheRegisterForm() {
        as("wang.official").get("/portal/sdks").then().statusCode(200)
                .body(containsString("<a href=\"/portal/sdks\" aria-current=\"page\">"),
                        containsString("友盟+统计SDK"), containsString("href=\"/portal/sdks/" + Sdks.CODE + "\""),
                        containsString("<code>com.umeng</code>"), containsString("action=\"/portal/sdks\""),
                        containsString("第三方SDK登记"));
        as("wang.official").cookie("lang", "en").get("/portal/sdks").then().statusCode(200)
                .body(containsString("Third-party SDK registry"), containsString("Register an SDK"));
        as("sun.auditor").get("/portal/sdks").then().statusCode(200)
                .body(containsString("友盟+统计SDK"), not(containsString("method=\"post\" action=\"/portal/sdks\"")));
    }

    @Test
    void registeringSendsTheFormAsJsonAndShowsTheNewSdkOrTheProblem() {
        Sdks.WRITES.clear();
        as("wang.official").contentType("application/x-www-form-urlencoded").formParam("code", "getui-push")
                .formParam("nameZh", "个推推送SDK").formParam("nameEn", "Getui Push SDK")
                .formParam("providerName", "每日互动股份有限公司").formParam("providerCreditCode", "91330106MA2DKG002X")
                .formParam("packagePrefixes", "com.igexin\r\ncom.getui").formParam("signatures", "")
                .formParam("versions", "3.2.8.0").post("/portal/sdks").then().statusCode(303)
                .header("Location", endsWith("/portal/sdks/getui-push?done=1"));
        JsonObject sent = new JsonObject(Sdks.WRITES.get(0).substring("POST /api/sdks ".length()));
        assertTrue(sent.getJsonArray("packagePrefixes").getList().equals(java.util.List.of("com.igexin", "com.getui")),
                sent.encode());
        assertTrue(sent.getJsonArray("signatures").isEmpty(), sent.encode());

        as("wang.official").contentType("application/x-www-form-urlencoded").formParam("code", "clash")
                .formParam("nameZh", "冲突").formParam("nameEn", "Clash").formParam("providerName", "某公司")
                .formParam("providerCreditCode", "91330106MA2DKG002X").formParam("packagePrefixes", "com.umeng")
                .post("/portal/sdks").then().statusCode(409)
                .body(containsString("alert-error"), containsString("SDK包名前缀与其他SDK的前缀重叠"),
                        containsString(Sdks.CODE), containsString("value=\"clash\""));
        as("sun.auditor").contentType("application/x-www-form-urlencoded").formParam("code", "x")
                .post("/portal/sdks").then().statusCode(403);
    }

    @Test
    void theSdkPageShowsTheAppsPerVersionAndDraftsTheFollowUp() {
        as("wang.official").get("/portal/sdks/" + Sdks.CODE).then().statusCode(200)
                .body(containsString("友盟同欣（北京）科技有限公司"), containsString("版本 9.6.3"),
                        containsString("href=\"/portal/apps/" + Sdks.PACKAGE + "\""), containsString("北京豆网科技有限公司"),
                        containsString("action=\"/portal/sdks/" + Sdks.CODE + "/follow-up\""),
                        containsString("value=\"9.6.5\""));
        Sdks.WRITES.clear();
        as("wang.official").contentType("application/x-www-form-urlencoded").formParam("versions", "9.6.3")
                .formParam("problemCodes", "collect-beyond-scope").post("/portal/sdks/" + Sdks.CODE + "/follow-up")
                .then().statusCode(303).header("Location", endsWith("/portal/notices/" + Sdks.DRAFT_ID));
        assertTrue(Sdks.WRITES.get(0).startsWith("POST /api/sdks/" + Sdks.CODE + "/follow-up-drafts {\"versions\":[\"9.6.3\"],"
                + "\"problemCodes\":[\"collect-beyond-scope\"]}"), Sdks.WRITES.toString());
        as("wang.official").contentType("application/x-www-form-urlencoded").formParam("versions", "0.0.1")
                .formParam("problemCodes", "collect-beyond-scope").post("/portal/sdks/" + Sdks.CODE + "/follow-up")
                .then().statusCode(409).body(containsString("没有已知嵌入该SDK所选版本的应用"));
        as("chen.gd").get("/portal/sdks/" + Sdks.CODE).then().statusCode(200)
                .body(containsString("版本 9.6.3"), not(containsString("/follow-up\"")));
        as("chen.gd").contentType("application/x-www-form-urlencoded").formParam("problemCodes", "collect-beyond-scope")
                .post("/portal/sdks/" + Sdks.CODE + "/follow-up").then().statusCode(403);
        as("wang.official").cookie("lang", "en").get("/portal/sdks/" + Sdks.CODE).then().statusCode(200)
                .body(containsString("Apps embedding this SDK"), containsString("Version 9.6.3"));
        as("wang.official").get("/portal/sdks/no-such-sdk").then().statusCode(404);
    }

    @Test
    void theAppPageListsTheSdksFoundInIt() {
        as("wang.official").get("/portal/apps/" + Sdks.PACKAGE).then().statusCode(200)
                .body(containsString("应用内的SDK"), containsString("href=\"/portal/sdks/" + Sdks.CODE + "\""),
                        containsString("9.6.3"));
        as("wang.official").cookie("lang", "en").get("/portal/apps/" + Sdks.PACKAGE).then().statusCode(200)
                .body(containsString("SDKs in this app"));
    }

    @Test
    void enterprisesAndAnonymousReadersDoNotReachTheRegistry() {
        as(ENTERPRISE).get("/portal/sdks").then().statusCode(403);
        as(ENTERPRISE).get("/portal/sdks/" + Sdks.CODE).then().statusCode(403);
        as(ENTERPRISE).get("/portal/enterprise").then().body(not(containsString("href=\"/portal/sdks\"")));
        caller.anonymous().redirects().follow(false).get("/portal/sdks").then().statusCode(303);
    }
}
