package org.appsupervision.notice.finding;

import java.util.List;

/** Encodes values for PostgreSQL's COPY text format (tab-separated, \N for null, backslash escapes). */
final class CopyText {

    private final StringBuilder row = new StringBuilder(512);
    private boolean first;

    CopyText begin() {
        row.setLength(0);
        first = true;
        return this;
    }

    CopyText text(String value) {
        separate();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        escape(value);
        return this;
    }

    CopyText raw(String value) {
        separate();
        row.append(value);
        return this;
    }

    /** A text[] value; elements are quoted for the array syntax, then the whole is escaped for COPY. */
    CopyText array(List<String> values) {
        separate();
        row.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            String element = values.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
            escape('"' + element + '"');
        }
        row.append('}');
        return this;
    }

    String end() {
        return row.append('\n').toString();
    }

    private void separate() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}
