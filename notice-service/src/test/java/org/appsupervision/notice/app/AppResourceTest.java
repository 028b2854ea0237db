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

    static final String GUANGDONG = "9144030071526726XG";
    static final String ZHEJIANG = "91330100799655058B";

    static Map<String, Object> app(String packageName, String name, String operatorName, String creditCode) {
        return Map.of("name", name, "packageName", packageName,
                "operator", Map.of("name", operatorName, "creditCode", creditCode));
    }

    @Test
    void bureauChangesAppsAndOperatorsOfItsOwnProvince() {
        String bureau44 = TestTokens.bureau("guangdong.officer", "44");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(app("com.scope.own", "腾讯视频", "深圳市腾讯计算机系统有限公司", GUANGDONG))
                .put("/api/apps/com.scope.own").then().statusCode(200);
        given().auth().oauth2(bureau44).contentType(ContentType.JSON)
                .body(app("com.scope.own", "腾讯视频极速版", "深圳市腾讯计算机系统有限公司(更名)", GUANGDONG))
                .put("/api/apps/com.scope.own").then().statusCode(200)
                .body("name", equalTo("腾讯视频极速版"))
                .body("operator.name", equalTo("深圳市腾讯计算机系统有限公司(更名)"));
    }

    @Test
    void bureauCannotChangeAnAppOrRenameAnOperatorOfAnotherProvince() {
        String bureau33 = TestTokens.bureau("zhejiang.officer", "33");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(app("com.scope.other", "微信", "深圳市腾讯计算机系统有限公司", GUANGDONG))
                .put("/api/apps/com.scope.other").then().statusCode(200);
        String before = given().auth().oauth2(OFFICIAL).get("/api/apps/com.scope.other").asString();

        given().auth().oauth2(bureau33).contentType(ContentType.JSON)
                .body(app("com.scope.other", "微信(假)", "某某公司", GUANGDONG))
                .put("/api/apps/com.scope.other").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(bureau33).contentType(ContentType.JSON)
                .body(app("com.scope.other", "微信", "杭州某公司", ZHEJIANG))
                .put("/api/apps/com.scope.other").then().statusCode(403);

        given().auth().oauth2(OFFICIAL).get("/api/apps/com.scope.other").then().statusCode(200)
                .body(equalTo(before));
    }

    @Test
    void bureauCannotMoveItsOwnProvincesAppToAnOperatorOfAnotherProvince() {
        String bureau33 = TestTokens.bureau("zhejiang.officer", "33");
        given().auth().oauth2(bureau33).contentType(ContentType.JSON)
                .body(app("com.scope.move", "淘宝", "浙江淘宝网络有限公司", ZHEJIANG))
                .put("/api/apps/com.scope.move").then().statusCode(200);
        given().auth().oauth2(bureau33).contentType(ContentType.JSON)
                .body(app("com.scope.move", "淘宝", "深圳市腾讯计算机系统有限公司", GUANGDONG))
                .put("/api/apps/com.scope.move").then().statusCode(403);
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.scope.move").then().statusCode(200)
                .body("operator.creditCode", equalTo(ZHEJIANG));
    }

    @Test
    void bureauCannotRegisterANewAppOfAnotherProvincesOperator() {
        given().auth().oauth2(TestTokens.bureau("zhejiang.officer", "33")).contentType(ContentType.JSON)
                .body(app("com.scope.new", "某应用", "某公司", GUANGDONG))
                .put("/api/apps/com.scope.new").then().statusCode(403);
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.scope.new").then().statusCode(404);
    }

    @Test
    void theProvinceComesFromTheTokenNotFromTheBody() {
        given().auth().oauth2(TestTokens.sign("no.province", java.util.Set.of("bureau"), Map.of()))
                .contentType(ContentType.JSON)
                .body(app("com.scope.noclaim", "某应用", "某公司", GUANGDONG))
                .put("/api/apps/com.scope.noclaim").then().statusCode(403);
    }

    @Test
    void onlyOfficialsAndBureausWriteTheRegistry() {
        for (String token : new String[] {TestTokens.user("li.approver", "approver"),
                TestTokens.user("zhao.auditor", "auditor"), TestTokens.user("root", "admin"), TestTokens.store("huawei")}) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(app("com.scope.roles", "某应用", "某公司", GUANGDONG))
                    .put("/api/apps/com.scope.roles").then().statusCode(403);
        }
        given().auth().oauth2(OFFICIAL).get("/api/apps/com.scope.roles").then().statusCode(404);
    }
}
