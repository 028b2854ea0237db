package org.appsupervision.notice.recheck;

import static io.restassured.RestAssured.given;
import static org.appsupervision.notice.recheck.RecheckFixtures.OFFICIAL;
import static org.appsupervision.notice.recheck.RecheckFixtures.creditCode;
import static org.appsupervision.notice.recheck.RecheckFixtures.itemOf;
import static org.appsupervision.notice.recheck.RecheckFixtures.operator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.notice.evidence.EvidenceStore;
import org.junit.jupiter.api.Test;

/** Bad reports, evidence and results answer problems and write nothing. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class RecheckInputTest {

    @Inject
    DataSource database;

    Object rows(String sql) {
        return AccessMatrix.rows(database, sql).get();
    }

    io.restassured.response.ValidatableResponse upload(String creditCode, String report, String type, byte[] body) {
        return given().auth().oauth2(operator(creditCode)).contentType(type).queryParam("name", "evidence.bin")
                .body(body).post("/api/enterprise/rectification-reports/" + report + "/evidence").then();
    }

    @Test
    void evidenceOverTenMebibytesIsRefusedWholeAndNothingIsKept() {
        String enterprise = creditCode("44");
        String report = RecheckFixtures.drafted(enterprise, itemOf(enterprise));
        byte[] large = Arrays.copyOf(RecheckFixtures.PDF, EvidenceStore.MAX_BYTES + 1);
        upload(enterprise, report, "application/pdf", large).statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/content-too-large"));
        byte[] exact = Arrays.copyOf(RecheckFixtures.PDF, EvidenceStore.MAX_BYTES);
        upload(enterprise, report, "application/pdf", exact).statusCode(201)
                .body("sizeBytes", equalTo(EvidenceStore.MAX_BYTES));
        assertEquals(List.of(List.of("1")), rows("SELECT count(*) FROM evidence_file WHERE report_id = '" + report + "'"));
    }

    @Test
    void evidenceIsJudgedByItsContentNotByItsDeclaredType() {
        String enterprise = creditCode("44");
        String report = RecheckFixtures.drafted(enterprise, itemOf(enterprise));
        upload(enterprise, report, "application/pdf", "MZ this is a program".getBytes(StandardCharsets.US_ASCII))
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("/problems/evidence-type-refused")).body("title", containsString(" / "));
        upload(enterprise, report, "application/octet-stream", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})
                .statusCode(201).body("mediaType", equalTo("image/png"));
        upload(enterprise, report, "application/zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0}).statusCode(201).body("mediaType", equalTo("application/zip"));
        assertEquals(List.of(List.of("2")), rows("SELECT count(*) FROM evidence_file WHERE report_id = '" + report + "'"));
    }

    @Test
    void anotherEnterprisesItemAndReportDoNotExistForIt() {
        String owner = creditCode("44");
        String other = creditCode("33");
        String item = itemOf(owner);
        given().auth().oauth2(operator(other)).contentType(ContentType.JSON)
                .body(Map.of("itemId", item, "changes", "冒名整改", "fixedVersion", "9.9")).post("/api/enterprise/rectification-reports")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(List.of(List.of("0")), rows("SELECT count(*) FROM rectification_report WHERE item_id = '" + item + "'"));
        String report = RecheckFixtures.withEvidence(owner, item);
        upload(other, report, "application/pdf", RecheckFixtures.PDF).statusCode(404);
        given().auth().oauth2(operator(other)).post("/api/enterprise/rectification-reports/" + report + "/submission")
                .then().statusCode(404);
        given().auth().oauth2(operator(other)).get("/api/enterprise/rectification-reports/" + report).then().statusCode(404);
        assertEquals(List.of(List.of("DRAFT", "1")), rows("SELECT r.status, (SELECT count(*) FROM evidence_file e "
                + "WHERE e.report_id = r.id) FROM rectification_report r WHERE r.id = '" + report + "'"));
    }

    @Test
    void nulBytesAndMissingFieldsAreProblemsNamingTheField() {
        String enterprise = creditCode("44");
        String item = itemOf(enterprise);
        given().auth().oauth2(operator(enterprise)).contentType(ContentType.JSON)
                .body("{\"itemId\":\"" + item + "\",\"changes\":\"关闭\\u0000读取\",\"fixedVersion\":\"2.0\"}")
                .post("/api/enterprise/rectification-reports").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(operator(enterprise)).contentType(ContentType.JSON)
                .body(Map.of("itemId", item, "changes", "  ")).post("/api/enterprise/rectification-reports").then()
                .statusCode(400).body("errors.field", hasItem("fixedVersion"));
        assertEquals(List.of(List.of("0")), rows("SELECT count(*) FROM rectification_report WHERE item_id = '" + item + "'"));
    }

    @Test
    void aReportWithoutEvidenceOrWhileAnotherRecheckIsOpenIsNotSubmitted() {
        RecheckFixtures.matrixAgencies();
        String enterprise = creditCode("44");
        String item = itemOf(enterprise);
        String bare = RecheckFixtures.drafted(enterprise, item);
        given().auth().oauth2(operator(enterprise)).post("/api/enterprise/rectification-reports/" + bare + "/submission")
                .then().statusCode(409).contentType("application/problem+json");
        RecheckFixtures.submitted(enterprise, item);
        String second = RecheckFixtures.withEvidence(enterprise, item);
        given().auth().oauth2(operator(enterprise)).post("/api/enterprise/rectification-reports/" + second + "/submission")
                .then().statusCode(409).body("detail", containsString("under way"));
        assertEquals(List.of(List.of("1")), rows("SELECT count(*) FROM recheck_task WHERE item_id = '" + item + "'"));
        assertEquals(List.of(List.of("DRAFT")), rows("SELECT status FROM rectification_report WHERE id = '" + second + "'"));
    }

    @Test
    void agenciesAreValidatedByTheirCreditCodeAndTheirListFilter() {
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("name", "无效机构", "creditCode", "91110108MA0CHKP01A")).post("/api/agencies").then()
                .statusCode(400).body("errors.field", hasItem("creditCode"));
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("name", "无效省份", "creditCode", creditCode("11"), "provinces", List.of("99")))
                .post("/api/agencies").then().statusCode(400);
        RecheckFixtures.matrixAgencies();
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("name", "重复", "creditCode", AccessMatrix.AGENCY_P_CODE)).post("/api/agencies").then()
                .statusCode(409);
        given().auth().oauth2(OFFICIAL).queryParam("active", "yes").get("/api/agencies").then().statusCode(400)
                .body("errors.field", hasItem("active"));
    }
}
