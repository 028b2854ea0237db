package org.appsupervision.notice.finding;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, fast reader of RFC 4180 CSV records (comma-separated, double quotes, "" inside quotes, CRLF or LF,
 * line breaks inside quoted fields); it counts physical lines so errors can name them.
 */
final class CsvRecordReader {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private final StringBuilder field = new StringBuilder(256);

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** The physical line the next record starts on. */
    long line() {
        return line;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        if (!fill()) {
            return null;
        }
        List<String> fields = new ArrayList<>(12);
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (position == limit && !fill()) {
                if (quoted) {
                    throw new IOException("a quoted field is not closed before the end of the file");
                }
                fields.add(field.toString());
                return fields;
            }
            char c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if (position == limit && !fill()) {
                        quoted = false;
                    } else if (buffer[position] == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                line++;
                fields.add(trimCarriageReturn());
                return fields;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
    }

    private String trimCarriageReturn() {
        int length = field.length();
        if (length > 0 && field.charAt(length - 1) == '\r') {
            field.setLength(length - 1);
        }
        return field.toString();
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
