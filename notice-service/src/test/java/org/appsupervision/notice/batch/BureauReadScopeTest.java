package org.appsupervision.notice.batch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a bureau officer may read: the ministry's and their own province's detection work, not another bureau's. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class BureauReadScopeTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String AUDITOR = TestTokens.user("li.auditor", "auditor");
    static final String GUANGDONG = TestTokens.bureau("chen.gd", "44");
    static final String SICHUAN = TestTokens.bureau("zhao.sc", "51");
    static final String STORE = TestTokens.store("huawei");
    static final String APP = "com.example.scoped";

    String ministryBatch;
    String guangdongBatch;
    String sichuanBatch;
    String sichuanImport;

    @BeforeEach
    void recordDetectionsOfThreeBureaus() {
        ministryBatch = batch(OFFICIAL, "MINISTRY");
        guangdongBatch = batch(GUANGDONG, "BUREAU");
        sichuanBatch = batch(SICHUAN, "BUREAU");
        for (Object[] entry : List.of(new Object[] {OFFICIAL, ministryBatch, "1.0"},
                new Object[] {GUANGDONG, guangdongBatch, "2.0"}, new Object[] {SICHUAN, sichuanBatch, "3.0"})) {
            given().auth().oauth2((String) entry[0]).contentType(ContentType.JSON)
                    .body(Map.of("batchId", entry[1], "findings", List.of(finding((String) entry[2]))))
                    .post("/api/findings").then().statusCode(201);
        }
        sichuanImport = given().auth().oauth2(SICHUAN).contentType(ContentType.JSON)
                .body(Map.of("batchId", sichuanBatch, "format", "CSV"))
                .post("/api/findings/imports").then().statusCode(201).extract().path("id");
    }

    @Test
    void noTokenIsRefusedWith401() {
        for (String path : List.of("/api/batches", "/api/batches/" + sichuanBatch, "/api/findings",
                "/api/findings/imports/" + sichuanImport, "/api/timeline/" + APP)) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void aStoreIsRefusedWith403() {
        for (String path : List.of("/api/batches", "/api/batches/" + sichuanBatch, "/api/findings",
                "/api/findings/imports/" + sichuanImport, "/api/timeline/" + APP)) {
            given().auth().oauth2(STORE).get(path).then().statusCode(403);
        }
    }

    @Test
    void aBureauOfficerReadsTheMinistrysAndTheirOwnProvincesDetectionWork() {
        given().auth().oauth2(GUANGDONG).get("/api/batches/" + guangdongBatch).then().statusCode(200);
        given().auth().oauth2(GUANGDONG).get("/api/batches/" + ministryBatch).then().statusCode(200);
        given().auth().oauth2(GUANGDONG).queryParam("limit", 1000).get("/api/batches").then().statusCode(200)
                .body("id", hasItems(ministryBatch, guangdongBatch)).body("id", not(hasItem(sichuanBatch)))
                .body("provinceCode", everyItem(oneOf(null, "44")));
        given().auth().oauth2(GUANGDONG).queryParam("batchId", guangdongBatch).get("/api/findings")
                .then().statusCode(200).body("$", hasSize(1));
        given().auth().oauth2(GUANGDONG).queryParam("packageName", APP).queryParam("limit", 1000).get("/api/findings")
                .then().statusCode(200).body("version", hasItems("1.0", "2.0")).body("version", not(hasItem("3.0")));
        given().auth().oauth2(GUANGDONG).get("/api/timeline/" + APP).then().statusCode(200)
                .body("findAll { it.type == 'FINDING' }.summary", not(hasItem(org.hamcrest.Matchers.containsString("3.0 @"))))
                .body("findAll { it.type == 'FINDING' }.summary", hasItem(org.hamcrest.Matchers.containsString("2.0 @")));
    }

    @Test
    void aBureauOfficerCannotReadAnotherProvincesDetectionWork() {
        given().auth().oauth2(GUANGDONG).get("/api/batches/" + sichuanBatch)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(GUANGDONG).queryParam("province", "51").get("/api/batches").then().statusCode(403);
        given().auth().oauth2(GUANGDONG).queryParam("batchId", sichuanBatch).get("/api/findings")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(GUANGDONG).get("/api/findings/imports/" + sichuanImport).then().statusCode(403);
        given().auth().oauth2(SICHUAN).get("/api/findings/imports/" + sichuanImport).then().statusCode(200)
                .body("status", equalTo("WAITING"));
    }

    @Test
    void auditorsAndOfficialsReadEveryProvince() {
        for (String reader : List.of(AUDITOR, OFFICIAL)) {
            given().auth().oauth2(reader).get("/api/batches/" + sichuanBatch).then().statusCode(200);
            given().auth().oauth2(reader).queryParam("packageName", APP).queryParam("limit", 1000).get("/api/findings")
                    .then().statusCode(200).body("version", hasItems("1.0", "2.0", "3.0"));
            given().auth().oauth2(reader).get("/api/findings/imports/" + sichuanImport).then().statusCode(200);
        }
    }

    static String batch(String token, String runBy) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "检测批次", "runBy", runBy, "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 3))
                .post("/api/batches").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> finding(String version) {
        return Map.of("packageName", APP, "appName", "范围应用", "version", version, "sourceStore", "huawei",
                "problems", List.of("collect-beyond-scope"), "detectedAt", "2021-10-15T09:30:00+08:00",
                "operatorName", "某公司", "operatorCreditCode", "91110108551385082Q");
    }
}
