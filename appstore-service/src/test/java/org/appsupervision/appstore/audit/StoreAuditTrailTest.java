package org.appsupervision.appstore.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class StoreAuditTrailTest {

    static final String ADMIN = TestTokens.user("li.admin", "admin");
    static final String AUDITOR = TestTokens.user("sun.auditor", "auditor");

    @Test
    void registeringAndDeactivatingAStoreIsRecordedWithTheAdminAndWithoutItsWebhookSecret() {
        Map<String, Object> store = new HashMap<>(Map.of("code", "audit-trail-store", "nameZh", "审计测试应用商店",
                "nameEn", "Audit Test Store", "company", "珠海市魅族科技有限公司",
                "companyCreditCode", "91110108551385082Q", "provinceCode", "44",
                "contacts", List.of(Map.of("name", "黄工", "role", "合规", "email", "compliance@example.com")),
                "webhook", Map.of("url", "https://hooks.example.com/takedowns", "secret",
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "enabled", true)));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).post("/api/stores")
                .then().statusCode(201);
        store.put("active", false);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(store).put("/api/stores/audit-trail-store")
                .then().statusCode(200);

        JsonPath trail = given().auth().oauth2(AUDITOR).queryParam("table", "store")
                .queryParam("rowKey", "audit-trail-store").get("/api/audit-trail/appstore-service")
                .then().statusCode(200).extract().jsonPath();
        List<String> operations = trail.getList("entries.operation");
        assertEquals("INSERT", operations.get(operations.size() - 1));
        assertEquals("Audit Test Store", trail.getString("entries[-1].after.name_en"));
        assertEquals(true, trail.getBoolean("entries[0].before.active"));
        assertEquals(false, trail.getBoolean("entries[0].after.active"));
        assertEquals(Set.of("li.admin"), Set.copyOf(trail.getList("entries.actor")));
        assertEquals(Set.of("[redacted]"), Set.copyOf(trail.getList("entries.after.webhook_secret")));
    }
}
