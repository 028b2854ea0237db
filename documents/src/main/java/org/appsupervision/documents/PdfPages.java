package org.appsupervision.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a document's lines out as an official document on numbered A4 pages: GB/T 9704 margins, a 16 pt body with
 * two-character indents, the authority's name in red above a red rule, Chinese line breaks at any character but
 * never before closing punctuation.
 */
final class PdfPages {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = 26 * MM;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT;
    private static final float BODY = 16f;
    private static final String NO_LINE_START = "，。、；：？！）》」』〕】”’,.;:?!)]%";

    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;
    private int page;

    PdfPages(PDDocument doc, PDType0Font font) {
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
