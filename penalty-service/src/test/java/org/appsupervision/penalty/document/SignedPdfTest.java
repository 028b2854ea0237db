package org.appsupervision.penalty.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.appsupervision.documents.SigningKey;
import org.appsupervision.documents.SignatureCheck;
import org.appsupervision.documents.PdfLayout;
import org.appsupervision.documents.DocumentIssuer;
import org.appsupervision.documents.PadesSigner;
import org.appsupervision.documents.DemoCertificateAuthority;
import org.appsupervision.devstack.PdfSig;

/** A decision issued as a signed PDF/A, checked with PDFBox, BouncyCastle and Debian's pdfsig. */
class SignedPdfTest {

    static final DemoCertificateAuthority CA = new DemoCertificateAuthority();
    static final SigningKey BEIJING = CA.issue("11", "北京市通信管理局");
    static DocumentIssuer.Issued issued;

    @BeforeAll
    static void issue() {
        DocumentIssuer issuer = new DocumentIssuer(new PdfLayout(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                "WenQuanYiZenHei", DocumentBeans.PRODUCER), new PadesSigner());
        issued = issuer.issue(DocumentRendererTest.DECISION, "行政处罚决定书", "京通罚〔2026〕1号", "北京市通信管理局", BEIJING,
                Instant.parse("2026-03-02T02:00:00Z"));
        try {
            java.nio.file.Files.write(Path.of("target/decision-sample.pdf"), issued.pdf());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pdfsigValidatesTheBureausSignatureOverTheWholeDocument() throws Exception {
        String report = PdfSig.check(issued.pdf());
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("ETSI.CAdES.detached"), report);
        assertTrue(report.contains("北京市通信管理局"), report);
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        byte[] changed = issued.pdf().clone();
        try (PDDocument doc = Loader.loadPDF(issued.pdf())) {
            int signedUpTo = doc.getLastSignatureDictionary().getByteRange()[1];
            changed[signedUpTo / 2] ^= 0x01;
        }
        List<SignatureCheck.Found> found = SignatureCheck.of(changed);
        assertEquals(1, found.size());
        assertFalse(found.get(0).intact());
        assertFalse(PdfSig.check(changed).contains("Signature is Valid."));
        assertTrue(SignatureCheck.of(issued.pdf()).get(0).intact());
    }

    @Test
    void theTextOfThePdfIsTheStoredTextRecord() throws Exception {
        try (PDDocument doc = Loader.loadPDF(issued.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("—\\d+—", "");
            assertEquals(issued.text().replaceAll("\\s", ""), text.replaceAll("\\s", ""));
            assertTrue(issued.text().contains(BEIJING.fingerprint()), "the text names the signing certificate");
        }
    }

    @Test
    void theChineseFontIsEmbeddedAsASubsetAndThePdfDeclaresPdfA2b() throws Exception {
        try (PDDocument doc = Loader.loadPDF(issued.pdf())) {
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded());
            assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiZenHei"), font.getName());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertEquals("sRGB IEC61966-2.1", doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier());
        }
    }
}
