package org.appsupervision.penalty.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Lays out a document's marked lines as an official document on A4 (GB/T 9704 margins, 16 pt body, the
 * authority's name in red above a red rule) and writes it as PDF/A-2b: the Chinese font embedded as a subset,
 * XMP metadata, and an sRGB output intent with the JDK's own sRGB profile.
 */
public class PdfLayout {

    static final String PRODUCER = "Supervision chain penalty-service (Apache PDFBox)";
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = 26 * MM;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT;
    private static final float BODY = 16f;
    private static final String NO_LINE_START = "，。、；：？！）》」』〕】”’,.;:?!)]%";

    private final TrueTypeFont font;
    private final byte[] srgb;

    /** Reads the TrueType font (a .ttf, or the named font of a .ttc collection) that every document embeds. */
    public PdfLayout(Path fontFile, String fontName) {
        if (!Files.isReadable(fontFile)) {
            throw new IllegalStateException("The document font " + fontFile + " is missing: install Debian's "
                    + "fonts-wqy-zenhei or set penalty.documents.font to a TrueType font with Chinese glyphs");
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
            new Pages(doc, type0).write(DocumentLines.parse(marked));
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
        info.setProducer(PRODUCER);
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
        pdf.setProducer(PRODUCER);
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

    /** Writes lines onto as many pages as they need, numbering the pages. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;
        private int page;

        Pages(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void write(List<DocumentLines.Line> lines) throws IOException {
            newPage();
            DocumentLines.Style previous = null;
            for (DocumentLines.Line line : lines) {
                if (previous != line.style() && (line.style() == DocumentLines.Style.RIGHT
                        || line.style() == DocumentLines.Style.NOTE && previous != null)) {
                    y -= 14f;
                }
                previous = line.style();
                switch (line.style()) {
                    case AUTHORITY -> centred(line.text(), 26f, 0.8f, 44f);
                    case TITLE -> centred(line.text(), 22f, 0f, 40f);
                    case NUMBER -> centred(line.text(), BODY, 0f, 30f);
                    case RULE -> rule();
                    case NOTE -> wrapped(line.text(), 11f, 0f, 18f);
                    case PLAIN -> wrapped(line.text(), BODY, 0f, 29f);
                    case ITEM -> wrapped(line.text(), BODY, 2 * BODY, 29f);
                    case RIGHT -> right(line.text());
                    case PARAGRAPH -> wrapped(line.text(), BODY, 2 * BODY, 29f);
                }
            }
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            content = new PDPageContentStream(doc, p);
            page++;
            String number = "—" + page + "—";
            text(number, 12f, (PDRectangle.A4.getWidth() - width(number, 12f)) / 2, BOTTOM / 2, 0f);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        private void room(float leading) throws IOException {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
        }

        private void centred(String text, float size, float red, float leading) throws IOException {
            for (String line : lines(text, size, 0f)) {
                room(leading);
                text(line, size, LEFT + (WIDTH - width(line, size)) / 2, y, red);
            }
        }

        private void right(String text) throws IOException {
            room(29f);
            text(text, BODY, LEFT + WIDTH - 2 * BODY - width(text, BODY), y, 0f);
        }

        private void wrapped(String text, float size, float indent, float leading) throws IOException {
            List<String> lines = lines(text, size, indent);
            for (int i = 0; i < lines.size(); i++) {
                room(leading);
                text(lines.get(i), size, LEFT + (i == 0 ? indent : 0f), y, 0f);
            }
        }

        private void rule() throws IOException {
            room(14f);
            content.setStrokingColor(0.8f, 0f, 0f);
            content.setLineWidth(1.5f);
            content.moveTo(LEFT, y + 4);
            content.lineTo(LEFT + WIDTH, y + 4);
            content.stroke();
            y -= 10f;
        }

        private void text(String text, float size, float x, float atY, float red) throws IOException {
            content.beginText();
            content.setNonStrokingColor(red, 0f, 0f);
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        /** Breaks text into lines of the text width, at any character (Chinese), never before closing punctuation. */
        private List<String> lines(String text, float size, float indent) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = indent;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = glyph(cp);
                i += Character.charCount(cp);
                float w = width(ch, size);
                if (used + w > WIDTH && line.length() > 0 && NO_LINE_START.indexOf(ch) < 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0f;
                }
                line.append(ch);
                used += w;
            }
            lines.add(line.toString());
            return lines;
        }

        /** The character, or a white square where the font has no glyph for it. */
        private String glyph(int cp) throws IOException {
            String ch = new String(Character.toChars(cp));
            if (Character.isISOControl(cp)) {
                return "□";
            }
            try {
                font.encode(ch);
                return ch;
            } catch (IllegalArgumentException noGlyph) {
                return "□";
            }
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }
    }
}
