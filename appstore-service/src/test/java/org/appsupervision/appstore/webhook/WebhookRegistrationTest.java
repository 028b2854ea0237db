package org.appsupervision.appstore.webhook;

import static io.restassured.RestAssured.given;
import static org.appsupervision.appstore.webhook.ScriptedWebhookResolver.ip;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Registering or changing a store's webhook refuses every URL that is not https to a public host (400 naming the
 * field); a change that names no secret keeps the one the store has.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class WebhookRegistrationTest {

    static final String ADMIN = TestTokens.user("li.admin", "admin");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://169.254.169.254/latest/meta-data/", "https://127.0.0.1:8080/", "https://[::1]:15432/",
            "https://10.0.0.1/", "https://172.16.0.1/", "https://192.168.1.1/", "https://100.64.0.1/",
            "https://0.0.0.0/", "https://224.0.0.1/", "https://255.255.255.255/", "https://203.0.113.5/",
            "https://198.18.0.1/", "https://240.0.0.1/", "https://[fe80::1]/", "https://[fd00:ec2::254]/",
            "https://[ff02::1]/", "https://[::]/", "https://[2001:db8::1]/", "https://[::ffff:169.254.169.254]/",
            "https://[::127.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:a9fe:a9fe::1]/",
            "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "https://0x7f000001/", "https://2130706433/",
            "https://0177.0.0.1/", "https://127.1/", "https://127.0.0.1./", "https://localhost/",
            "https://good.example@127.0.0.1/", "https://１２７.０.０.１/", "https://postgres.supervision.svc.cluster.local/",
            "http://hooks.public-store.cn/takedowns", "ftp://hooks.public-store.cn/", "https://internal.corp-hooks.cn/"})
    void registeringAWebhookThatCouldReachAnInternalAddressIsRefused(String url) {
        ScriptedWebhookResolver.script("internal.corp-hooks.cn", List.of(ip("10.0.0.5")));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store("ssrf-refused", url))
                .post("/api/stores").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("请求内容无效 / Invalid request"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("webhook.url"));
        given().auth().oauth2(ADMIN).get("/api/stores/ssrf-refused").then().statusCode(404);
    }

    @Test
    void changingAStoresWebhookToAnInternalAddressIsRefusedAndChangesNothing() {
        ScriptedWebhookResolver.script("hooks.change-store.cn", List.of(ip("93.184.215.14")), List.of(ip("127.0.0.1")));
        Map<String, Object> store = store("ssrf-change", "https://hooks.change-store.cn/takedowns");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(201).body("webhook.url", equalTo("https://hooks.change-store.cn/takedowns"));

        store.put("webhook", Map.of("url", "https://[::1]:15432/", "secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "enabled", true));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/ssrf-change")
                .then().statusCode(400).body("errors[0].field", equalTo("webhook.url"))
                .body("errors[0].message", containsString("loopback"));
        // The same name, resolving to loopback by now, cannot be saved again either.
        store.put("webhook", Map.of("url", "https://hooks.change-store.cn/takedowns", "enabled", false));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/ssrf-change")
                .then().statusCode(400).body("errors[0].field", equalTo("webhook.url"));
        given().auth().oauth2(ADMIN).get("/api/stores/ssrf-change").then().statusCode(200)
                .body("webhook.url", equalTo("https://hooks.change-store.cn/takedowns"))
                .body("webhook.enabled", equalTo(true));
    }

    @Test
    void changingAStoresWebhookWithoutASecretKeepsTheSecretItHas() {
        ScriptedWebhookResolver.script("hooks.keep-secret.cn", List.of(ip("93.184.215.14")));
        Map<String, Object> store = store("keep-secret", "https://hooks.keep-secret.cn/takedowns");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(201).body("webhook.secretSet", equalTo(true));

        store.put("webhook", Map.of("url", "https://hooks.keep-secret.cn/v2/takedowns", "enabled", true));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/keep-secret")
                .then().statusCode(200).body("webhook.url", equalTo("https://hooks.keep-secret.cn/v2/takedowns"))
                .body("webhook.enabled", equalTo(true)).body("webhook.secretSet", equalTo(true));
    }

    @Test
    void enablingAWebhookNeedsASecretWhenTheStoreHasNone() {
        ScriptedWebhookResolver.script("hooks.no-secret.cn", List.of(ip("93.184.215.14")));
        Map<String, Object> store = store("no-secret", "https://hooks.no-secret.cn/takedowns");
        store.put("webhook", Map.of("url", "https://hooks.no-secret.cn/takedowns", "enabled", true));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(400).body("errors[0].field", equalTo("webhook.secret"));

        store.put("webhook", Map.of("url", "https://hooks.no-secret.cn/takedowns", "enabled", false));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(201).body("webhook.secretSet", equalTo(false));
        store.put("webhook", Map.of("url", "https://hooks.no-secret.cn/takedowns", "enabled", true));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/no-secret")
                .then().statusCode(400).body("errors[0].field", equalTo("webhook.secret"));
        given().auth().oauth2(ADMIN).get("/api/stores/no-secret").then().statusCode(200)
                .body("webhook.enabled", equalTo(false));
    }

    @Test
    void aSecretMustBeAStandardWebhooksSecretOfTwentyFourToSixtyFourBytes() {
        ScriptedWebhookResolver.script("hooks.bad-secret.cn", List.of(ip("93.184.215.14")));
        Map<String, Object> store = store("bad-secret", "https://hooks.bad-secret.cn/takedowns");
        for (String secret : List.of("0123456789abcdef-secret", "whsec_not base64!", "whsec_c2hvcnQta2V5",
                "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")) {
            store.put("webhook", Map.of("url", "https://hooks.bad-secret.cn/takedowns", "secret", secret,
                    "enabled", true));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                    .then().statusCode(400).body("errors[0].field", equalTo("webhook.secret"))
                    .body("errors[0].message", containsString("whsec_"));
        }
        given().auth().oauth2(ADMIN).get("/api/stores/bad-secret").then().statusCode(404);
    }

    /** An inactive store (so no broadcast order ever reaches it) with an enabled webhook at {@code url}. */
    static Map<String, Object> store(String code, String url) {
        return new HashMap<>(Map.of("code", code, "nameZh", "地址测试", "nameEn", "Address test",
                "company", "地址科技有限公司", "provinceCode", "11", "active", false,
                "webhook", Map.of("url", url, "secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "enabled", true)));
    }
}
