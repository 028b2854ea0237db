package org.appsupervision.notice.duallist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/** An enterprise files dual lists per app version: drafts, publication, immutable versions, its own apps only. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class DualListFilingTest {

    static final String OPERATOR_A = Caller.OPERATOR_A.token();
    static final String OPERATOR_B = Caller.OPERATOR_B.token();
    static final String OFFICIAL = TestTokens.user("wang.official", "official");

    @Inject
    DataSource database;

    /** A fresh app whose operator is enterprise A (广东). */
    static String appOfA() {
        String pkg = "com.duallist.a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("name", "甲应用", "packageName", pkg, "operator",
                        Map.of("name", "深圳甲科技有限公司", "creditCode", AccessMatrix.OPERATOR_A_CODE)))
                .put("/api/apps/" + pkg).then().statusCode(200);
        return pkg;
    }

    static Map<String, Object> draft(String pkg, String version, List<Map<String, Object>> collected,
            List<Map<String, Object>> shared) {
        return Map.of("packageName", pkg, "appVersion", version, "collected", collected, "shared", shared);
    }

    static Map<String, Object> collected(String kind) {
        return Map.of("kind", kind, "purpose", "提供服务", "scenario", "使用相关功能时");
    }

    static Map<String, Object> shared(String recipient, String kind) {
        return Map.of("recipient", recipient, "kind", kind, "purpose", "广告投放", "scenario", "展示广告时",
                "method", "SDK");
    }

    static String saveDraft(String token, Map<String, Object> draft, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(draft)
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(status).extract().path("id");
    }

    static void publish(String id) {
        given().auth().oauth2(OPERATOR_A).post("/api/enterprise/dual-lists/" + id + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aDraftIsReplacedUntilPublishedThenAChangeIsANewVersionAndThePublishedOneStaysReadable() {
        String pkg = appOfA();
        String first = saveDraft(OPERATOR_A, draft(pkg, "1.0", List.of(collected("location")), List.of()), 201);
        String same = saveDraft(OPERATOR_A, draft(pkg, " 1.0 ", List.of(collected("location"), collected("contacts")),
                List.of(shared("腾讯广告", "device-id"))), 200);
        assertEquals(first, same);
        given().auth().oauth2(OPERATOR_A).get("/api/enterprise/dual-lists/" + first).then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("DRAFT")).body("appVersion", equalTo("1.0"))
                .body("collected.kind", contains("location", "contacts"))
                .body("shared[0].recipient", equalTo("腾讯广告")).body("publishedAt", nullValue());

        publish(first);
        given().auth().oauth2(OPERATOR_A).post("/api/enterprise/dual-lists/" + first + "/publication")
                .then().statusCode(409).contentType("application/problem+json");

        String second = saveDraft(OPERATOR_A, draft(pkg, "1.0", List.of(collected("location")), List.of()), 201);
        given().auth().oauth2(OPERATOR_A).get("/api/enterprise/dual-lists/" + second).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().auth().oauth2(OPERATOR_A).get("/api/enterprise/dual-lists/" + first).then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("PUBLISHED"))
                .body("collected.kind", contains("location", "contacts"));
        given().auth().oauth2(OPERATOR_A).get("/api/enterprise/dual-lists/apps/" + pkg).then().statusCode(200)
                .body("history.version", contains(1, 2)).body("history.status", contains("PUBLISHED", "DRAFT"))
                .body("versions[0].list.version", equalTo(1));
        given().auth().oauth2(OPERATOR_A).queryParam("limit", 1000).get("/api/enterprise/dual-lists/apps")
                .then().statusCode(200).body("packageName", hasItem(pkg));
    }

    @Test
    void thePublishedListRefusesEveryChangeInTheDatabaseItselfWhileADraftMayChange() throws SQLException {
        String pkg = appOfA();
        String published = saveDraft(OPERATOR_A, draft(pkg, "3.1", List.of(collected("sms")),
                List.of(shared("某推送服务", "device-id"))), 201);
        publish(published);
        String draft = saveDraft(OPERATOR_A, draft(pkg, "3.1", List.of(collected("sms")), List.of()), 201);
        for (String change : List.of(
                "UPDATE dual_list SET updated_by = 'someone' WHERE id = '" + published + "'",
                "UPDATE dual_list SET status = 'DRAFT', published_at = NULL, published_by = NULL WHERE id = '" + published + "'",
                "DELETE FROM dual_list WHERE id = '" + published + "'",
                "UPDATE dual_list_entry SET purpose = '改过' WHERE list_id = '" + published + "'",
                "DELETE FROM dual_list_entry WHERE list_id = '" + published + "'",
                "INSERT INTO dual_list_entry (list_id, list_kind, position, kind, purpose, scenario) VALUES ('"
                        + published + "', 'COLLECTED', 5, 'contacts', '补上', '补上')",
                "UPDATE dual_list_entry SET list_id = '" + published + "', position = 9 WHERE list_id = '" + draft + "'",
                "TRUNCATE dual_list_entry")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(change), change);
            assertEquals("23001", refused.getSQLState(), change + ": " + refused.getMessage());
        }
        execute("UPDATE dual_list_entry SET purpose = '草稿可改' WHERE list_id = '" + draft + "'");
        given().auth().oauth2(OPERATOR_A).get("/api/enterprise/dual-lists/" + published).then().statusCode(200)
                .body("collected[0].purpose", equalTo("提供服务")).body("shared", hasSize(1));
    }

    @Test
    void badDraftsAreRefusedNamingEveryFieldAndWriteNothing() throws SQLException {
        String pkg = appOfA();
        Map<String, Object> missing = new HashMap<>(draft(pkg, "", List.of(Map.of("kind", "location", "purpose", "",
                "scenario", "x")), List.of(Map.of("kind", "location", "purpose", "p", "scenario", "s", "method", "SDK"))));
        given().auth().oauth2(OPERATOR_A).contentType(ContentType.JSON).body(missing)
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(containsString("appVersion"), containsString("collected[0].purpose"),
                        containsString("shared[0].recipient")));
        given().auth().oauth2(OPERATOR_A).contentType(ContentType.JSON)
                .body(draft(pkg, "1.0", List.of(collected("horoscope")), List.of(shared("某公司", "mood"))))
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(400)
                .body("errors.field", contains("collected[0].kind", "shared[0].kind"));
        given().auth().oauth2(OPERATOR_A).contentType(ContentType.JSON)
                .body(draft(pkg, "1.0", List.of(Map.of("kind", "location", "purpose", "x".repeat(501), "scenario", "s")),
                        List.of()))
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(400)
                .body("errors.field", hasItem(containsString("collected[0].purpose")));
        given().auth().oauth2(OPERATOR_A).contentType(ContentType.JSON)
                .body(draft(pkg, "1.0", List.of(Map.of("kind", "location", "purpose", "a\u0000b", "scenario", "s")),
                        List.of()))
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(400)
                .body("errors[0].field", containsString("[0].purpose"))
                .body("errors[0].field", containsString("collected"));
        given().auth().oauth2(OPERATOR_A).contentType(ContentType.JSON)
                .body("{\"packageName\":\"" + pkg + "\",\"appVersion\":\"1.0\",\"collected\":[],\"shared\":[],\"extra\":1}")
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(400);
        assertEquals(0, count("dual_list WHERE package_name = '" + pkg + "'"));
    }

    @Test
    void anotherEnterpriseCanNeitherReadNorWriteTheListsOfAnAppNotItsOwn() throws SQLException {
        String pkg = appOfA();
        String id = saveDraft(OPERATOR_A, draft(pkg, "1.0", List.of(collected("location")), List.of()), 201);
        given().auth().oauth2(OPERATOR_B).contentType(ContentType.JSON)
                .body(draft(pkg, "1.0", List.of(collected("contacts")), List.of()))
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(404);
        given().auth().oauth2(OPERATOR_B).contentType(ContentType.JSON)
                .body(draft(pkg, "2.0", List.of(collected("contacts")), List.of()))
                .put("/api/enterprise/dual-lists/drafts").then().statusCode(404);
        given().auth().oauth2(OPERATOR_B).get("/api/enterprise/dual-lists/" + id).then().statusCode(404);
        given().auth().oauth2(OPERATOR_B).post("/api/enterprise/dual-lists/" + id + "/publication")
                .then().statusCode(404);
        given().auth().oauth2(OPERATOR_B).get("/api/enterprise/dual-lists/apps/" + pkg).then().statusCode(404);
        given().auth().oauth2(OPERATOR_B).queryParam("limit", 1000).get("/api/enterprise/dual-lists/apps")
                .then().statusCode(200).body("packageName", org.hamcrest.Matchers.not(hasItem(pkg)));
        given().auth().oauth2(OFFICIAL).get("/api/enterprise/dual-lists/" + id).then().statusCode(403);
        given().auth().oauth2(OPERATOR_A).get("/api/dual-lists/" + pkg).then().statusCode(403);
        assertEquals(List.of("DRAFT:1"), List.of(status(id)));
        given().auth().oauth2(OPERATOR_A).get("/api/enterprise/dual-lists/" + id).then().statusCode(200)
                .body("collected.kind", contains("location"));
    }

    @Test
    void theKindsOfPersonalInformationAreReferenceDataForOfficialsAndEnterprises() {
        for (String token : List.of(OPERATOR_A, OFFICIAL)) {
            given().auth().oauth2(token).get("/api/reference/personal-info-kinds").then().statusCode(200)
                    .body("code", hasItems("device-id", "location", "contacts", "sms", "call-log", "photos-storage",
                            "installed-apps", "phone-number", "id-document", "biometrics", "audio", "camera"))
                    .body("find { it.code == 'contacts' }.labelZh", equalTo("通讯录"));
        }
    }

    String status(String id) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("SELECT status || ':' || version FROM dual_list WHERE id = '" + id + "'")) {
            r.next();
            return r.getString(1);
        }
    }

    long count(String from) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("SELECT count(*) FROM " + from)) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
