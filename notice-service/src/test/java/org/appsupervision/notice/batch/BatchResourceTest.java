package org.appsupervision.notice.batch;

import static io.restassured.RestAssured.given;
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
class BatchResourceTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String GUANGDONG = TestTokens.bureau("chen.gd", "44");

    static Map<String, Object> batch(String runBy, String province) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "2021年第11批检测", "runBy", runBy,
                "runFrom", "2021-10-01", "runTo", "2021-10-20", "appsTested", 1200));
        if (province != null) {
            body.put("provinceCode", province);
        }
        return body;
    }

    @Test
    void recordsAMinistryBatch() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(batch("MINISTRY", null))
                .post("/api/batches")
                .then().statusCode(201)
                .body("runBy", equalTo("MINISTRY"))
                .body("bureauZh", equalTo("工业和信息化部"))
                .body("appsTested", equalTo(1200));
    }

    @Test
    void aBureauOfficerRecordsBatchesOfTheProvinceInTheirToken() {
        given().auth().oauth2(GUANGDONG).contentType(ContentType.JSON).body(batch("BUREAU", null))
                .post("/api/batches")
                .then().statusCode(201)
                .body("provinceCode", equalTo("44"))
                .body("bureauZh", equalTo("广东省通信管理局"))
                .body("recordedBy", equalTo("chen.gd"));
    }

    @Test
    void aBureauOfficerCannotRecordAnotherProvincesBatch() {
        given().auth().oauth2(GUANGDONG).contentType(ContentType.JSON).body(batch("BUREAU", "51"))
                .post("/api/batches")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(GUANGDONG).contentType(ContentType.JSON).body(batch("MINISTRY", null))
                .post("/api/batches")
                .then().statusCode(403);
    }

    @Test
    void rejectsABatchThatEndsBeforeItStarts() {
        Map<String, Object> body = batch("MINISTRY", null);
        body.put("runTo", "2021-09-01");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body)
                .post("/api/batches")
                .then().statusCode(400).body("errors[0].field", equalTo("runTo"));
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/findings/imports/{jobId}/file"))
                .body(org.hamcrest.Matchers.containsString("/api/public/feed.atom"))
                .body(org.hamcrest.Matchers.containsString("广东省2021年第3批检测"));
    }

    @Test
    void securityMatrixForBatches() {
        given().contentType(ContentType.JSON).body(batch("MINISTRY", null)).post("/api/batches")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.user("zhao.auditor", "auditor")).contentType(ContentType.JSON)
                .body(batch("MINISTRY", null)).post("/api/batches")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.user("zhao.auditor", "auditor")).get("/api/batches")
                .then().statusCode(200);
    }
}
