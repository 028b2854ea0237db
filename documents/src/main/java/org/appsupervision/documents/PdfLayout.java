package org.appsupervision.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes a document's marked lines, laid out by {@link PdfPages}, as PDF/A-2b: the Chinese font embedded as a subset,
 * XMP metadata, and an sRGB output intent with the JDK's own sRGB profile.
 */
public class PdfLayout {

    private final String producer;
    private final TrueTypeFont font;
    private final byte[] srgb;

    /**
     * Reads the TrueType font (a .ttf, or the named font of a .ttc collection) that every document embeds; the
     * producer names the service in the document's metadata.
     */
    public PdfLayout(Path fontFile, String fontName, String producer) {
        this.producer = producer;
        if (!Files.isReadable(fontFile)) {
            throw new IllegalStateException("The document font " + fontFile + " is missing: install Debian's "
                    + "fonts-wqy-zenhei or configure the service's documents font (penalty.documents.font, "
                    + "notice.documents.font) as a TrueType font with Chinese glyphs");
        }
        try {
            if (fontFile.toString().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
                TrueTypeFont named = collection.getFontByName(fontName);
                if (named == null) {
                    throw new IllegalStateException("The font collection " + fontFile + " has no font " + fontName);
                }
                this.font = named;
            } else {
                this.font = new org.apache.fontbox.ttf.TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document font " + fontFile, e);
        }
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The document as PDF/A-2b bytes, not yet signed. One document at a time: the parsed font is shared. */
    public synchronized byte[] layout(String title, String author, String marked, Calendar created) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(doc, font, true);
            new PdfPages(doc, type0).write(DocumentLines.parse(marked));
            describe(doc, title, author, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out the document " + title, e);
        }
    }

    private void describe(PDDocument doc, String title, String author, Calendar created) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer(producer);
        info.setCreationDate(created);
        info.setModificationDate(created);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xml.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }
}
