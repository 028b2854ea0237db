package org.appsupervision.notice.publicnotice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;
import org.appsupervision.devstack.PdfSig;

/**
 * The published notice's document as a signed PDF/A: validated by Debian's pdfsig, its text that of the stored
 * notice (title, annex headings, every app), the same bytes on every download, and recognised by the public
 * verification, which refuses a changed copy and bad uploads.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class NoticePdfTest {

    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");
    static final String ADMIN = TestTokens.user("root.admin", "admin");

    @Inject
    DataSource data;

    String publishedNotice(String appName) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报",
                "rectificationDays", 6, "apps", List.of(Map.of("name", appName, "packageName", "com.pdf.a" + System.nanoTime(),
                        "version", "3.2.1", "operator", Map.of("name", "北京豆网科技有限公司", "creditCode", "91110108551385082Q"),
                        "problems", List.of("collect-beyond-scope", "excessive-permissions"),
                        "stores", List.of("huawei"), "refusedRectification", false))));
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(body).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(200);
        return id;
    }

    static byte[] download(String id) {
        return given().get("/api/public/notices/" + id + "/document.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    /** The PDF's text with the layout's line breaks taken out. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\r\\n]", "");
        }
    }

    static byte[] changed(byte[] pdf) throws Exception {
        byte[] changed = pdf.clone();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int signedUpTo = doc.getLastSignatureDictionary().getByteRange()[1];
            changed[signedUpTo / 2] ^= 0x01;
        }
        return changed;
    }

    @Test
    void thePublishedNoticeDownloadsAsTheSameSignedPdfThatPdfsigValidates() throws Exception {
        String app = "签名应用" + UUID.randomUUID().toString().substring(0, 6);
        String id = publishedNotice(app);
        byte[] first = download(id);
        assertArrayEquals(first, download(id), "every download is the same bytes");

        String report = PdfSig.check(first);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("ETSI.CAdES.detached"), report);
        assertTrue(report.contains("工业和信息化部信息通信管理局"), report);
        assertFalse(PdfSig.check(changed(first)).contains("Signature is Valid."));

        String text = text(first);
        assertTrue(text.contains("关于侵害用户权益行为的APP通报"), text);
        assertTrue(text.contains("工业和信息化部通报的未完成整改APP名单"), text);
        assertTrue(text.contains(app), text);
        assertTrue(text.contains("应用开发者") && text.contains("所涉问题"), text);
        assertTrue(text.contains("北京豆网科技有限公司"), text);
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertTrue(doc.getDocumentCatalog().getMetadata() != null, "PDF/A metadata");
            assertTrue(doc.getPage(0).getResources().getFontNames().iterator().hasNext(), "an embedded font");
        }
    }

    @Test
    void anArchivedNoticeGetsAPdfWithOneAnnexPerAuthorityAndEveryApp() throws Exception {
        String title = "关于下架侵害用户权益APP的通报（存档PDF" + System.nanoTime() + "）";
        String line = "{\"kind\":\"TAKEDOWN\",\"title\":\"" + title + "\",\"publishedOn\":\"2021-12-09\",\"annexes\":["
                + annex("MINISTRY", "部属存档应用甲") + "," + annex("14", "山西存档应用乙") + "]}";
        given().auth().oauth2(ADMIN).contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .post("/api/notices/archive").then().statusCode(200);
        String id = given().queryParam("app", "山西存档应用乙").get("/api/public/notices").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.title == '" + title + "' }.id", String.class).get(0);
        byte[] pdf = download(id);
        assertTrue(PdfSig.check(pdf).contains("Signature is Valid."));
        String text = text(pdf);
        for (String expected : List.of(title, "附件1", "工业和信息化部下架的应用软件名单", "附件2", "山西省通信管理局下架的应用软件名单",
                "部属存档应用甲", "山西存档应用乙", "存档的历史通报", "《中华人民共和国个人信息保护法》",
                "属地通信管理局应对APP运营主体依法予以行政处罚")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    static String annex(String authority, String app) {
        return "{\"authority\":\"" + authority + "\",\"items\":[{\"app\":\"" + app + "\",\"version\":\"1.0\","
                + "\"operator\":{\"name\":\"北京豆网科技有限公司\",\"creditCode\":\"91110108551385082Q\"},"
                + "\"stores\":[\"huawei\"],\"problems\":[\"collect-beyond-scope\"]}]}";
    }

    @Test
    void theVerificationConfirmsAnIssuedPdfAndRefusesAChangedCopy() throws Exception {
        String id = publishedNotice("核验应用" + UUID.randomUUID().toString().substring(0, 6));
        byte[] pdf = download(id);
        given().contentType("application/pdf").body(pdf).post("/api/public/documents/verification").then()
                .statusCode(200).body("issued", equalTo(true)).body("document.noticeId", equalTo(id))
                .body("document.issuer", equalTo("工业和信息化部信息通信管理局"))
                .body("document.title", containsString("关于侵害用户权益行为的APP通报"))
                .body("document.signer", containsString("工业和信息化部信息通信管理局"))
                .body("signatures[0].intact", equalTo(true)).body("signatures[0].wholeFile", equalTo(true));
        given().contentType("application/pdf").body(changed(pdf)).post("/api/public/documents/verification").then()
                .statusCode(200).body("issued", equalTo(false)).body("document", nullValue())
                .body("verdict", containsString("changed after signing")).body("signatures[0].intact", equalTo(false));
    }

    @Test
    void badUploadsGetProblems() {
        given().contentType("application/pdf").body("not a pdf at all".getBytes(StandardCharsets.UTF_8))
                .post("/api/public/documents/verification").then().statusCode(400)
                .contentType("application/problem+json").body("title", containsString("不是PDF"));
        byte[] huge = new byte[10 * 1024 * 1024 + 10];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        given().contentType("application/pdf").body(huge).post("/api/public/documents/verification").then()
                .statusCode(413).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/api/public/documents/verification").then()
                .statusCode(415).contentType("application/problem+json");
        given().contentType("application/pdf").body("%PDF-1.7 but broken".getBytes(StandardCharsets.US_ASCII))
                .post("/api/public/documents/verification").then().statusCode(200).body("issued", equalTo(false));
        given().get("/api/public/notices/" + UUID.randomUUID() + "/document.pdf").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anIssuedPdfCannotBeChangedOrDeletedInTheDatabase() throws SQLException {
        String id = publishedNotice("不可改应用" + UUID.randomUUID().toString().substring(0, 6));
        download(id);
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE notice_document_pdf SET pdf = '\\x00' WHERE notice_id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "DELETE FROM notice_document_pdf WHERE notice_id = '" + id + "'"));
        }
    }
}
