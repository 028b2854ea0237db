package org.appsupervision.notice.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class AppResourceTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");

    static Map<String, Object> app(String packageName, String creditCode, String filing) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "唱吧", "packageName", packageName,
                "operator", Map.of("name", "北京酷智科技有限公司", "creditCode", creditCode)));
        if (filing != null) {
            body.put("filingNumber", filing);
        }
        return body;
    }

    @Test
    void registersAnAppWithItsOperatorsProvinceFromTheCreditCode() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(app("com.changba", "91110108551385082Q", "京ICP备12345678号-1A"))
                .put("/api/apps/com.changba")
                .then().statusCode(200)
                .body("operator.provinceCode", equalTo("11"))
                .body("filingNumber", equalTo("京ICP备12345678号-1A"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.changba")
                .then().statusCode(200).body("name", equalTo("唱吧"));
    }

    @Test
    void rejectsABadCreditCode() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(app("com.changba.bad", "91110108551385082A", null))
                .put("/api/apps/com.changba.bad")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("operator.creditCode"))
                .body("errors[0].message", containsString("check character should be Q"));
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.changba.bad").then().statusCode(404);
    }

    @Test
    void rejectsABadPackageName() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(app("changba", "91110108551385082Q", null))
                .put("/api/apps/changba")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("packageName"));
    }

    @Test
    void rejectsAMiniProgramFilingNumber() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(app("com.changba.mini", "91110108551385082Q", "京ICP备12345678号-1X"))
                .put("/api/apps/com.changba.mini")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("filingNumber"))
                .body("errors[0].message", containsString("mini-program"));
    }
}
