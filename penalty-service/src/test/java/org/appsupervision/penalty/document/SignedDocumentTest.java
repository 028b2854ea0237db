package org.appsupervision.penalty.document;

import static io.restassured.RestAssured.given;
import static org.appsupervision.penalty.cases.CaseDriver.AUDITOR;
import static org.appsupervision.penalty.cases.CaseDriver.BJ_QIAN;
import static org.appsupervision.penalty.cases.CaseDriver.BJ_ZHAO;
import static org.appsupervision.penalty.cases.CaseDriver.GD_CHEN;
import static org.appsupervision.penalty.cases.CaseDriver.daysAgo;
import static org.appsupervision.penalty.cases.CaseDriver.fine;
import static org.appsupervision.penalty.cases.CaseDriver.get;
import static org.appsupervision.penalty.cases.CaseDriver.inReview;
import static org.appsupervision.penalty.cases.CaseDriver.path;
import static org.appsupervision.penalty.cases.CaseDriver.penalties;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.appsupervision.penalty.cases.CaseDriver.warning;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;
import org.appsupervision.documents.SignatureCheck;
import org.appsupervision.devstack.PdfSig;

/** A decision issued as a signed PDF, served byte for byte, checked by pdfsig and by the public verification. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class SignedDocumentTest {

    @Inject
    DataSource dataSource;

    /** A Beijing case decided by a second officer; returns its id. */
    static String decided() {
        String id = inReview(daysAgo(40), false);
        post(BJ_ZHAO, path(id, "prior-notice"), penalties("PIPL-66", daysAgo(30), warning(), fine("500000"))).statusCode(200);
        post(BJ_ZHAO, path(id, "decision"), penalties("PIPL-66", daysAgo(20), warning(), fine("400000"))).statusCode(200);
        post(BJ_QIAN, path(id, "decision/approval"), Map.of("on", daysAgo(19).toString())).statusCode(200);
        return id;
    }

    static JsonPath decision(String caseId) {
        return get(BJ_ZHAO, path(caseId, "documents")).statusCode(200).extract().jsonPath()
                .setRootPath("find { it.kind == 'DECISION' }");
    }

    static byte[] pdf(String token, String caseId, String documentId) {
        return given().auth().oauth2(token).get(path(caseId, "documents/" + documentId + "/pdf")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void theDecisionIsServedAsTheSameSignedPdfEveryTimeAndPdfsigValidatesIt() throws Exception {
        String id = decided();
        JsonPath decision = decision(id);
        byte[] first = pdf(BJ_ZHAO, id, decision.getString("id"));
        byte[] again = pdf(AUDITOR, id, decision.getString("id"));
        assertArrayEquals(first, again);
        assertEquals(decision.getString("pdfSha256"), SignatureCheck.sha256(first));
        String report = PdfSig.check(first);
        assertTrue(report.contains("Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(decision.getString("signer").contains("北京市通信管理局"), decision.getString("signer"));
        try (PDDocument doc = Loader.loadPDF(first)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("—\\d+—", "").replaceAll("\\s", "");
            assertEquals(decision.getString("content").replaceAll("\\s", ""), text);
        }
        given().auth().oauth2(GD_CHEN).get(path(id, "documents/" + decision.getString("id") + "/pdf")).then()
                .statusCode(404);
    }

    @Test
    void thePublicVerificationConfirmsAnIssuedPdfAndRefusesAChangedOne() {
        String id = decided();
        JsonPath decision = decision(id);
        byte[] pdf = pdf(BJ_ZHAO, id, decision.getString("id"));
        given().contentType("application/pdf").body(pdf).post("/public/penalty/documents/verification").then()
                .statusCode(200).body("issued", equalTo(true)).body("document.number", equalTo(decision.getString("number")))
                .body("document.issuer", equalTo("北京市通信管理局")).body("document.kind", equalTo("DECISION"))
                .body("signatures[0].intact", equalTo(true)).body("document.caseId", nullValue());
        byte[] changed = pdf.clone();
        changed[changed.length / 4] ^= 0x20;
        given().contentType("application/pdf").body(changed).post("/public/penalty/documents/verification").then()
                .statusCode(200).body("issued", equalTo(false)).body("document", nullValue());
        given().queryParam("number", decision.getString("number")).get("/public/penalty/documents").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].pdfSha256", equalTo(decision.getString("pdfSha256")))
                .body("[0].signer", containsString("北京市通信管理局"));
    }

    @Test
    void theVerificationRefusesWhatIsNotAPdfOrTooLargeWithAProblem() {
        given().contentType("application/pdf").body("just some text".getBytes()).post("/public/penalty/documents/verification")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/not-a-pdf"));
        given().contentType("application/pdf").body(new byte[0]).post("/public/penalty/documents/verification")
                .then().statusCode(400).body("type", equalTo("/problems/not-a-pdf"));
        given().contentType("text/plain").body("%PDF-1.7").post("/public/penalty/documents/verification")
                .then().statusCode(415).contentType("application/problem+json");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
        given().contentType("application/pdf").body(huge).post("/public/penalty/documents/verification")
                .then().statusCode(413).contentType("application/problem+json");
        given().get("/public/penalty/documents").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anIssuedPdfCannotBeChangedOrDeletedInTheDatabase() {
        String id = decided();
        String documentId = decision(id).getString("id");
        SQLException tampering = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE case_document_pdf SET pdf = 'x' WHERE document_id = '" + documentId + "'");
            }
        });
        assertTrue(tampering.getMessage().contains("cannot change"), tampering.getMessage());
    }
}
