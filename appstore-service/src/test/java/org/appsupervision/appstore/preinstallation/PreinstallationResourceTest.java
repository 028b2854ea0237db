package org.appsupervision.appstore.preinstallation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.stream.IntStream;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class PreinstallationResourceTest {

    static final String AUDITOR = TestTokens.user("sun.auditor", "auditor");

    @Test
    void aMakerReplacesReadsAndWithdrawsItsOwnModelLines() {
        String maker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        Channels.preinstall(maker, "荣耀 Magic 系列", List.of("com.example.one", "com.example.two"));
        Channels.preinstall(maker, "荣耀 数字系列", List.of("com.example.one"));
        Channels.preinstall(maker, "荣耀 Magic 系列", List.of("com.example.three"));

        JsonPath own = given().auth().oauth2(TestTokens.store(maker)).get("/api/store/preinstallations")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("荣耀 Magic 系列", "荣耀 数字系列"), own.getList("items.modelLine"));
        assertEquals(List.of("com.example.three"), own.getList("items[0].apps.packageName"));
        assertEquals("预置com.example.three", own.getString("items[0].apps[0].appName"));
        given().auth().oauth2(Channels.OFFICIAL).get("/api/stores/" + maker + "/preinstallations")
                .then().statusCode(200).body("items.modelLine", equalTo(List.of("荣耀 Magic 系列", "荣耀 数字系列")));

        given().auth().oauth2(TestTokens.store(maker)).delete("/api/store/preinstallations/荣耀 数字系列")
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.store(maker)).delete("/api/store/preinstallations/荣耀 数字系列")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.store(maker)).get("/api/store/preinstallations")
                .then().statusCode(200).body("items.modelLine", equalTo(List.of("荣耀 Magic 系列")));
    }

    @Test
    void officialsFindTheMakersPreinstallingAPackage() {
        String first = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        String second = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        String pkg = "com.example.found" + first.substring(6);
        Channels.preinstall(first, "Redmi K 系列", List.of(pkg));
        Channels.preinstall(first, "小米 数字系列", List.of(pkg, "com.example.other"));
        Channels.preinstall(second, "Magic", List.of("com.example.other"));

        JsonPath found = given().auth().oauth2(AUDITOR).queryParam("packageName", pkg).get("/api/preinstallations")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first), found.getList("items.storeCode"));
        assertEquals(List.of("Redmi K 系列", "小米 数字系列"), found.getList("items[0].modelLines"));
        assertEquals("测试渠道" + first, found.getString("items[0].nameZh"));
        given().auth().oauth2(AUDITOR).queryParam("packageName", "not a package").get("/api/preinstallations")
                .then().statusCode(400).body("type", equalTo("/problems/validation"));
        given().auth().oauth2(TestTokens.store(first)).queryParam("packageName", pkg).get("/api/preinstallations")
                .then().statusCode(403);
    }

    @Test
    void anAppStoreOnAMakersRouteIsAChannelKindConflictAndWritesNothing() {
        String store = Channels.register(Channels.freshCode("store"), null);
        given().auth().oauth2(TestTokens.store(store)).contentType(ContentType.JSON)
                .body(Map.of("apps", List.of(Map.of("packageName", "com.example.any", "appName", "任意"))))
                .put("/api/store/preinstallations/Magic").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/channel-kind"))
                .body("title", equalTo("该渠道类型不支持此操作 / This channel kind does not take this operation"));
        given().auth().oauth2(TestTokens.store(store)).get("/api/store/preinstallations")
                .then().statusCode(409).body("type", equalTo("/problems/channel-kind"));
        given().auth().oauth2(TestTokens.store(store)).delete("/api/store/preinstallations/Magic")
                .then().statusCode(409);
        given().auth().oauth2(Channels.OFFICIAL).get("/api/stores/" + store + "/preinstallations")
                .then().statusCode(409).body("type", equalTo("/problems/channel-kind"));
        given().auth().oauth2(Channels.OFFICIAL).queryParam("packageName", "com.example.any")
                .get("/api/preinstallations").then().statusCode(200)
                .body("items.storeCode", org.hamcrest.Matchers.not(hasItem(store)));
    }

    @Test
    void badListsAreRefusedWholeNamingTheField() {
        String maker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        Channels.preinstall(maker, "Magic", List.of("com.example.kept"));
        String token = TestTokens.store(maker);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("apps", List.of(Map.of("packageName", "com.example.a", "appName", "甲"),
                        Map.of("packageName", "com.example.a", "appName", "乙"))))
                .put("/api/store/preinstallations/Magic").then().statusCode(400)
                .body("errors.field", hasItem("apps[1].packageName"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("apps", List.of(Map.of("packageName", "not-a-package", "appName", "甲"))))
                .put("/api/store/preinstallations/Magic").then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("apps", List.of()))
                .put("/api/store/preinstallations/Magic").then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("apps", IntStream.rangeClosed(0, 5_000)
                        .mapToObj(i -> Map.of("packageName", "com.example.p" + i, "appName", "应用" + i)).toList()))
                .put("/api/store/preinstallations/Magic").then().statusCode(400);
        for (String badLine : List.of(" Magic", "Magic  Pro", "Magic/Pro", "x".repeat(65), "Magic\u0001")) {
            int status = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("apps", List.of(Map.of("packageName", "com.example.a", "appName", "甲"))))
                    .put("/api/store/preinstallations/{line}", badLine).statusCode();
            assertEquals(true, status == 400 || status == 404, "'" + badLine + "' answered " + status);
        }
        given().auth().oauth2(token).get("/api/store/preinstallations").then().statusCode(200)
                .body("items.modelLine", equalTo(List.of("Magic")))
                .body("items[0].apps.packageName", equalTo(List.of("com.example.kept")));
    }

    @Test
    void theKindIsFixedAtRegistrationAndListedByKind() {
        String maker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        Map<String, Object> asStore = new HashMap<>(Map.of("code", maker, "nameZh", "测试渠道" + maker,
                "nameEn", "Test channel " + maker, "company", "测试终端有限公司", "provinceCode", "44",
                "kind", "APP_STORE"));
        given().auth().oauth2(Channels.ADMIN).contentType(ContentType.JSON).body(asStore).put("/api/stores/" + maker)
                .then().statusCode(409);
        asStore.remove("kind");
        given().auth().oauth2(Channels.ADMIN).contentType(ContentType.JSON).body(asStore).put("/api/stores/" + maker)
                .then().statusCode(200).body("kind", equalTo("HANDSET_MAKER"));
        List<String> makers = given().auth().oauth2(Channels.OFFICIAL).queryParam("kind", "HANDSET_MAKER")
                .get("/api/stores").then().statusCode(200).extract().jsonPath().getList("kind");
        assertEquals(List.of("HANDSET_MAKER"), makers.stream().distinct().toList());
        given().auth().oauth2(Channels.OFFICIAL).queryParam("kind", "APP_STORE").get("/api/stores")
                .then().statusCode(200).body("code", hasItem("huawei"))
                .body("code", org.hamcrest.Matchers.not(hasItem(maker)));
        given().auth().oauth2(Channels.OFFICIAL).queryParam("kind", "PHONE").get("/api/stores").then().statusCode(400);
        given().auth().oauth2(Channels.OFFICIAL).get("/api/stores/huawei").then().body("kind", equalTo("APP_STORE"));
    }

    @Test
    void aReportedListIsInTheAuditTrail() {
        String maker = Channels.register(Channels.freshCode("maker"), "HANDSET_MAKER");
        Channels.preinstall(maker, "Magic", List.of("com.example.audited"));
        JsonPath trail = given().auth().oauth2(AUDITOR).queryParam("table", "preinstallation")
                .queryParam("rowKey", maker + "/Magic/com.example.audited").get("/api/audit-trail/appstore-service")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("INSERT"), trail.getList("entries.operation"));
        assertEquals(maker, trail.getString("entries[0].after.store_code"));
    }
}
