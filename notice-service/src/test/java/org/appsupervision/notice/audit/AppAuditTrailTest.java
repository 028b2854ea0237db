package org.appsupervision.notice.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class AppAuditTrailTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String AUDITOR = TestTokens.user("sun.auditor", "auditor");

    @Test
    void registeringAndRenamingAnAppIsRecordedWithTheOfficialAndTheRowBeforeAndAfter() {
        for (String name : List.of("审计测试", "审计测试二")) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "packageName", "com.audit.trail",
                            "operator", Map.of("name", "北京酷智科技有限公司", "creditCode", "91110108551385082Q")))
                    .put("/api/apps/com.audit.trail").then().statusCode(200);
        }

        JsonPath trail = given().auth().oauth2(AUDITOR).queryParam("table", "app")
                .queryParam("rowKey", "com.audit.trail").get("/api/audit-trail/notice-service")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("UPDATE", "INSERT"), trail.getList("entries.operation"));
        assertEquals(List.of("wang.official", "wang.official"), trail.getList("entries.actor"));
        assertEquals("审计测试", trail.getString("entries[0].before.name"));
        assertEquals("审计测试二", trail.getString("entries[0].after.name"));
    }
}
