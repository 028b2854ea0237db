package org.appsupervision.notice.publicnotice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Annexes per reporting authority in notices the suite drafts: derived from the findings' detection batches, kept from
 * the source item by a re-check, or set in a plain draft; the ministry's annex first, the bureaus' by province code.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class AnnexesTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");
    static final String SHENZHEN_OPERATOR = "9144030071526726XG";

    @Inject
    DataSource database;

    @Test
    void aTakedownFromMinistryAndBureauFindingsHasAnAnnexPerAuthorityWithTheBureausPenaltyInstruction() {
        String suffix = Long.toString(System.nanoTime());
        List<Object> ids = new ArrayList<>();
        ids.addAll(findings(batch(Map.of("runBy", "BUREAU", "provinceCode", "44")), "com.annex.gd" + suffix, "广东应用"));
        ids.addAll(findings(batch(Map.of("runBy", "BUREAU", "provinceCode", "14")), "com.annex.sx" + suffix, "山西应用"));
        ids.addAll(findings(batch(Map.of("runBy", "MINISTRY")), "com.annex.mi" + suffix, "部属应用"));
        JsonPath draft = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "TAKEDOWN", "title", "关于下架侵害用户权益APP名单的通报", "findingIds", ids))
                .post("/api/notices/from-findings").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of("44", "14", "MINISTRY"), draft.getList("items.reportedBy"), "derived while a draft");
        String id = publish(draft.getString("id"));

        JsonPath notice = given().get("/api/public/notices/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("附件1", "附件2", "附件3"), notice.getList("annexes.label"));
        assertEquals(List.of("工业和信息化部下架的应用软件名单", "山西省通信管理局下架的应用软件名单", "广东省通信管理局下架的应用软件名单"),
                notice.getList("annexes.heading"));
        assertEquals(List.of("部属应用"), notice.getList("annexes[0].rows.appName"));
        assertEquals(List.of(1), notice.getList("annexes[2].rows.number"), "numbered from 1 in each annex");
        String html = given().get("/api/public/notices/" + id + "/document").then().statusCode(200).extract().asString();
        assertTrue(html.contains("会同各省（自治区、直辖市）通信管理局"), html);
        assertTrue(html.contains("针对部分违规情节严重、拒不整改的APP，属地通信管理局应对APP运营主体依法予以行政处罚。"), html);
        given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then()
                .body("items.reportedBy", contains("44", "14", "MINISTRY"));
    }

    @Test
    void aPlainDraftNamesItsAuthoritiesAndAReCheckKeepsThemFromItsSourceItems() {
        String suffix = Long.toString(System.nanoTime());
        Map<String, Object> shanxi = app("晋应用", "com.annex.p14" + suffix, "14");
        Map<String, Object> ministry = app("部应用", "com.annex.pm" + suffix, null);
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "apps", List.of(shanxi, ministry)))
                .post("/api/notices").then().statusCode(201).body("items.reportedBy", contains("14", "MINISTRY"))
                .extract().path("id");
        publish(id);
        given().get("/api/public/notices/" + id).then().statusCode(200)
                .body("annexes.heading", contains("工业和信息化部通报的未完成整改APP名单", "山西省通信管理局通报的未完成整改APP名单"))
                .body("legalBasis", equalTo("《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》《电信和互联网用户个人信息保护规定》"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("sourceNoticeId", id, "kind", "RECHECK", "title", "关于侵害用户权益行为APP“回头看”的通报"))
                .post("/api/notices/from-unrectified").then().statusCode(201)
                .body("items.reportedBy", contains("14", "MINISTRY"));

        // One takedown from the re-check's unrectified items and a bureau's findings: the items keep their source's
        // authorities, the bureau's app gets the bureau's annex.
        List<Object> guangdong = findings(batch(Map.of("runBy", "BUREAU", "provinceCode", "44")),
                "com.annex.mixed" + suffix, "粤应用");
        String takedown = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("sourceNoticeId", id, "kind", "TAKEDOWN", "title", "关于下架侵害用户权益APP名单的通报",
                        "findingIds", guangdong))
                .post("/api/notices/from-unrectified").then().statusCode(201)
                .body("items.reportedBy", contains("14", "MINISTRY", "44")).extract().path("id");
        publish(takedown);
        given().get("/api/public/notices/" + takedown).then().statusCode(200)
                .body("annexes.heading", contains("工业和信息化部下架的应用软件名单", "山西省通信管理局下架的应用软件名单",
                        "广东省通信管理局下架的应用软件名单"))
                .body("annexes.appCount", contains(1, 1, 1));

        for (String authority : List.of("99", "GD")) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("kind", "RECTIFICATION", "title",
                    "t", "apps", List.of(app("无局应用", "com.annex.p" + authority.toLowerCase() + suffix, authority))))
                    .post("/api/notices").then().statusCode(400).body("errors.field", contains("apps[0].reportedBy"));
        }
    }

    static Map<String, Object> app(String name, String pkg, String reportedBy) {
        Map<String, Object> app = new HashMap<>(Map.of("name", name, "packageName", pkg, "version", "1.0",
                "operator", Map.of("name", "深圳市某科技有限公司", "creditCode", SHENZHEN_OPERATOR),
                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"), "refusedRectification", false));
        if (reportedBy != null) {
            app.put("reportedBy", reportedBy);
        }
        return app;
    }

    static String batch(Map<String, Object> runBy) {
        Map<String, Object> body = new HashMap<>(runBy);
        body.putAll(Map.of("title", "附件测试批次", "runFrom", "2021-10-01", "runTo", "2021-10-20", "appsTested", 10));
        return given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/batches")
                .then().statusCode(201).extract().path("id");
    }

    List<Object> findings(String batch, String pkg, String name) {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("batchId", batch, "findings", List.of(
                Map.of("packageName", pkg, "appName", name, "version", "1.0", "sourceStore", "huawei",
                        "problems", List.of("collect-beyond-scope"), "detectedAt", "2021-10-15T09:30:00+08:00",
                        "operatorName", "深圳市某科技有限公司", "operatorCreditCode", SHENZHEN_OPERATOR))))
                .post("/api/findings").then().statusCode(201);
        return new ArrayList<>(((List<?>) AccessMatrix.rows(database, "SELECT id FROM finding WHERE batch_id = '" + batch
                + "'").get()).stream().map(row -> (Object) Long.valueOf(((List<?>) row).get(0).toString())).toList());
    }

    static String publish(String id) {
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(200);
        return id;
    }
}
