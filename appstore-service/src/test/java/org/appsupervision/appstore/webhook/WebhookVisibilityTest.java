package org.appsupervision.appstore.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees a store's webhook URL: admins through the registry, the store itself through the store API, nobody else. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class WebhookVisibilityTest {

    static final String CODE = "hook-visibility";
    static final String URL = "https://hooks.visibility-store.cn/takedowns";
    static final String ADMIN = TestTokens.user("li.admin", "admin");
    static final Map<String, String> NOT_ADMINS = Map.of(
            "official", TestTokens.user("wang.official", "official"),
            "approver", TestTokens.user("zhao.approver", "approver"),
            "bureau", TestTokens.bureau("chen.bureau", "11"),
            "auditor", TestTokens.user("sun.auditor", "auditor"));

    @BeforeEach
    void register() {
        if (given().auth().oauth2(ADMIN).get("/api/stores/" + CODE).statusCode() == 404) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(WebhookRegistrationTest.store(CODE, URL))
                    .post("/api/stores").then().statusCode(201);
        }
    }

    @Test
    void adminsSeeTheWebhookInTheListAndTheDetail() {
        given().auth().oauth2(ADMIN).get("/api/stores/" + CODE).then().statusCode(200)
                .body("webhook.url", equalTo(URL)).body("webhook.secretSet", equalTo(true));
        List<Map<String, Object>> stores = given().auth().oauth2(ADMIN).get("/api/stores").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.code == '" + CODE + "' }");
        assertEquals(URL, ((Map<?, ?>) stores.get(0).get("webhook")).get("url"));
    }

    @Test
    void officialsApproversBureausAndAuditorsSeeStoresWithoutTheirWebhooks() {
        NOT_ADMINS.forEach((role, token) -> {
            given().auth().oauth2(token).get("/api/stores/" + CODE).then().statusCode(200)
                    .body("code", equalTo(CODE)).body("$", not(hasKey("webhook")));
            String list = given().auth().oauth2(token).get("/api/stores").then().statusCode(200).extract().asString();
            assertTrue(list.contains(CODE), role);
            assertFalse(list.contains("webhook"), role + " sees webhook settings in the list");
        });
    }

    @Test
    void theStoreSeesItsOwnWebhookThroughTheStoreApiOnly() {
        given().auth().oauth2(TestTokens.store(CODE)).get("/api/store/webhook").then().statusCode(200)
                .body("url", equalTo(URL)).body("enabled", equalTo(true)).body("secretSet", equalTo(true))
                .body("$", not(hasKey("secret")));
        given().auth().oauth2(TestTokens.store(CODE)).get("/api/stores/" + CODE).then().statusCode(403);
        given().auth().oauth2(TestTokens.store(CODE)).get("/api/stores").then().statusCode(403);
    }

    @Test
    void anotherStoreNeverSeesThisStoresWebhook() {
        String other = TestTokens.store("hook-visibility-other");
        given().auth().oauth2(other).get("/api/store/webhook").then().statusCode(404);
        given().auth().oauth2(other).get("/api/stores/" + CODE).then().statusCode(403);
        given().auth().oauth2(other).get("/api/stores/" + CODE + "/webhook-deliveries").then().statusCode(403);
        given().get("/api/store/webhook").then().statusCode(401);
        given().auth().oauth2(ADMIN).get("/api/store/webhook").then().statusCode(403);
    }

    @Test
    void onlyAdminsSetWebhooks() {
        Map<String, Object> store = WebhookRegistrationTest.store(CODE, "https://hooks.elsewhere-store.cn/x");
        for (String token : List.of(NOT_ADMINS.get("official"), NOT_ADMINS.get("bureau"), NOT_ADMINS.get("auditor"),
                TestTokens.store(CODE))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(store).put("/api/stores/" + CODE)
                    .then().statusCode(403);
        }
        given().auth().oauth2(ADMIN).get("/api/stores/" + CODE).then().body("webhook.url", equalTo(URL));
    }

    @Test
    void theAuditTrailShowsTheWebhookUrlToAdminsOnly() {
        String auditor = NOT_ADMINS.get("auditor");
        List<Object> masked = given().auth().oauth2(auditor).queryParam("table", "store").queryParam("rowKey", CODE)
                .get("/api/audit-trail/appstore-service").then().statusCode(200)
                .extract().jsonPath().getList("entries.after.webhook_url");
        assertEquals(Set.of("[admins only]"), Set.copyOf(masked));
        List<Object> shown = given().auth().oauth2(ADMIN).queryParam("table", "store").queryParam("rowKey", CODE)
                .get("/api/audit-trail/appstore-service").then().statusCode(200)
                .extract().jsonPath().getList("entries.after.webhook_url");
        assertEquals(Set.of(URL), Set.copyOf(shown));
    }
}
