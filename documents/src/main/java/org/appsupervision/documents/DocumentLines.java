package org.appsupervision.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The marked lines the document templates produce: a line that starts with {@code ::style } is laid out in that
 * style, any other line is a paragraph; the stored text record is the same lines without their marks. A table is a
 * {@code ::table} line of column headings followed by {@code ::row} lines, their cells separated by tabs (see
 * {@link #cells}); {@code ::page} starts a new page.
 */
public final class DocumentLines {

    private static final Pattern BREAKS = Pattern.compile("[\\s\\u00a0]*[\\r\\n\\u2028\\u2029]+[\\s\\u00a0]*|\\t");

    /** Separates the cells of a {@code ::table} or {@code ::row} line; {@link #inline} removes it from values. */
    public static final String CELL = "\t";

    /** How a line is laid out. */
    public enum Style { AUTHORITY, TITLE, NUMBER, RULE, NOTE, PLAIN, ITEM, PARAGRAPH, RIGHT, HEADING, PAGE, TABLE, ROW }

    /** One line of a document. */
    public record Line(Style style, String text) {
    }

    private DocumentLines() {
    }

    public static List<Line> parse(String marked) {
        List<Line> lines = new ArrayList<>();
        for (String raw : marked.split("\n")) {
            if (raw.isBlank()) {
                continue;
            }
            lines.add(line(raw));
        }
        return lines;
    }

    /** The text record of a document: its lines without marks, one a line. */
    public static String plain(String marked) {
        StringBuilder text = new StringBuilder();
        for (Line line : parse(marked)) {
            if (line.style() != Style.RULE && line.style() != Style.PAGE) {
                text.append(line.text()).append('\n');
            }
        }
        return text.toString();
    }

    /** A value from a case (user input) made one line that cannot start a mark, or null for null. */
    public static String inline(String value) {
        if (value == null) {
            return null;
        }
        String one = BREAKS.matcher(value.strip()).replaceAll(" ");
        return one.startsWith("::") ? " " + one : one;
    }

    /** The cells of a table line: each value made {@link #inline} (null as empty), separated by {@link #CELL}. */
    public static String cells(List<String> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (String value : values) {
            cells.add(value == null ? "" : inline(value));
        }
        return String.join(CELL, cells);
    }

    /** The cells of a {@code ::table} or {@code ::row} line's text. */
    public static List<String> split(String text) {
        return List.of(text.split(CELL, -1));
    }

    private static Line line(String raw) {
        if (raw.startsWith("::")) {
            int space = raw.indexOf(' ');
            String mark = space < 0 ? raw.substring(2) : raw.substring(2, space);
            String text = space < 0 ? "" : raw.substring(space + 1);
            for (Style style : Style.values()) {
                if (style.name().equalsIgnoreCase(mark)) {
                    return new Line(style, text);
                }
            }
        }
        return new Line(Style.PARAGRAPH, raw);
    }
}
