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
 * never before closing punctuation; tables ruled in 10.5 pt, broken between rows across pages with the heading row
 * repeated on every page.
 */
final class PdfPages {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = 26 * MM;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT;
    private static final float BODY = 16f;
    private static final float CELL_TEXT = 10.5f;
    private static final float CELL_LEADING = 14f;
    private static final float CELL_PAD = 3f;
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
        for (int at = 0; at < lines.size(); at++) {
            DocumentLines.Line line = lines.get(at);
            if (previous != line.style() && (line.style() == DocumentLines.Style.RIGHT
                    || line.style() == DocumentLines.Style.NOTE && previous != null)) {
                y -= 14f;
            }
            previous = line.style();
            switch (line.style()) {
                case AUTHORITY -> centred(line.text(), 26f, 0.8f, 44f);
                case TITLE -> centred(line.text(), 22f, 0f, 40f);
                case HEADING -> centred(line.text(), 18f, 0f, 34f);
                case NUMBER -> centred(line.text(), BODY, 0f, 30f);
                case RULE -> rule();
                case NOTE -> wrapped(line.text(), 11f, 0f, 18f);
                case PLAIN -> wrapped(line.text(), BODY, 0f, 29f);
                case ITEM -> wrapped(line.text(), BODY, 2 * BODY, 29f);
                case RIGHT -> right(line.text());
                case PARAGRAPH -> wrapped(line.text(), BODY, 2 * BODY, 29f);
                case PAGE -> newPage();
                case TABLE -> {
                    List<List<String>> rows = new ArrayList<>();
                    while (at + 1 < lines.size() && lines.get(at + 1).style() == DocumentLines.Style.ROW) {
                        rows.add(DocumentLines.split(lines.get(++at).text()));
                    }
                    table(DocumentLines.split(line.text()), rows);
                }
                case ROW -> table(List.of(), List.of(DocumentLines.split(line.text())));
            }
        }
        content.close();
    }

    /** A ruled table: column widths from the cells' natural widths, rows kept whole, the heading row on every page. */
    private void table(List<String> heading, List<List<String>> rows) throws IOException {
        int columns = heading.size();
        for (List<String> row : rows) {
            columns = Math.max(columns, row.size());
        }
        float[] widths = columnWidths(heading, rows, columns);
        y -= 6f;
        boolean headingOnPage = false;
        for (int r = 0; r < rows.size() || r == 0 && !heading.isEmpty(); r++) {
            List<String> row = r < rows.size() ? rows.get(r) : List.of();
            float need = rowHeight(row, widths) + (headingOnPage || heading.isEmpty() ? 0f : rowHeight(heading, widths));
            if (y - need < BOTTOM) {
                newPage();
                headingOnPage = false;
            }
            if (!headingOnPage && !heading.isEmpty()) {
                row(heading, widths, true);
                headingOnPage = true;
            }
            if (r < rows.size()) {
                row(row, widths, false);
            }
        }
        y -= 8f;
    }

    private void row(List<String> cells, float[] widths, boolean heading) throws IOException {
        float height = rowHeight(cells, widths);
        float x = LEFT;
        for (int c = 0; c < widths.length; c++) {
            if (heading) {
                content.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                content.addRect(x, y - height, widths[c], height);
                content.fill();
            }
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(0.6f);
            content.addRect(x, y - height, widths[c], height);
            content.stroke();
            List<String> lines = lines(cell(cells, c), CELL_TEXT, 0f, widths[c] - 2 * CELL_PAD);
            for (int k = 0; k < lines.size(); k++) {
                String text = lines.get(k);
                float left = heading ? x + (widths[c] - width(text, CELL_TEXT)) / 2 : x + CELL_PAD;
                text(text, CELL_TEXT, left, y - CELL_PAD - CELL_TEXT * 0.9f - k * CELL_LEADING, 0f);
            }
            x += widths[c];
        }
        y -= height;
    }

    private float rowHeight(List<String> cells, float[] widths) throws IOException {
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            most = Math.max(most, lines(cell(cells, c), CELL_TEXT, 0f, widths[c] - 2 * CELL_PAD).size());
        }
        return 2 * CELL_PAD + (most - 1) * CELL_LEADING + CELL_TEXT * 1.15f;
    }

    /**
     * Column widths as browsers lay out tables: a column whose longest cell (capped at 40 % of the width) fits its fair
     * share gets what it needs, the others share the rest in proportion to their needs; all grow alike when the
     * whole table is narrower than the text width.
     */
    private float[] columnWidths(List<String> heading, List<List<String>> rows, int columns) throws IOException {
        float[] wanted = new float[columns];
        float total = 0f;
        for (int c = 0; c < columns; c++) {
            wanted[c] = width(cell(heading, c), CELL_TEXT) + 2 * CELL_PAD + 1f;
            for (List<String> row : rows) {
                wanted[c] = Math.max(wanted[c], Math.min(width(cell(row, c), CELL_TEXT) + 2 * CELL_PAD + 1f, WIDTH * 0.4f));
            }
            total += wanted[c];
        }
        float[] widths = new float[columns];
        if (total <= WIDTH) {
            for (int c = 0; c < columns; c++) {
                widths[c] = wanted[c] * WIDTH / total;
            }
            return widths;
        }
        Integer[] order = new Integer[columns];
        for (int c = 0; c < columns; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(wanted[a], wanted[b]));
        float remaining = WIDTH;
        int open = columns;
        int first = 0;
        while (first < columns && wanted[order[first]] <= remaining / open) {
            widths[order[first]] = wanted[order[first]];
            remaining -= wanted[order[first]];
            open--;
            first++;
        }
        float rest = 0f;
        for (int k = first; k < columns; k++) {
            rest += wanted[order[k]];
        }
        for (int k = first; k < columns; k++) {
            widths[order[k]] = remaining * wanted[order[k]] / rest;
        }
        return widths;
    }

    private String cell(List<String> cells, int c) throws IOException {
        if (c >= cells.size()) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        String text = cells.get(c);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            shown.append(glyph(cp));
            i += Character.charCount(cp);
        }
        return shown.toString();
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
        return lines(text, size, indent, WIDTH);
    }

    private List<String> lines(String text, float size, float indent, float across) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = indent;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = glyph(cp);
            i += Character.charCount(cp);
            float w = width(ch, size);
            if (used + w > across && line.length() > 0 && NO_LINE_START.indexOf(ch) < 0) {
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
