package org.appsupervision.notice.finding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small, fast reader of RFC 4180 CSV records in UTF-8 (comma-separated, double quotes, "" inside quotes, CRLF or LF,
 * line breaks inside quoted fields) that works on the bytes and decodes each field once; it counts physical lines
 * so errors can name them. Malformed UTF-8 becomes U+FFFD, as a decoding reader would make it.
 */
final class CsvRecordReader {

    private static final int MAX_RECORD_BYTES = 16 << 20;
    private static final List<String> UNCLOSED = List.of();

    private final InputStream in;
    private byte[] buffer = new byte[1 << 17];
    private int position;
    private int limit;
    private boolean ended;
    private long line = 1;
    private byte[] scratch = new byte[256];

    CsvRecordReader(InputStream in) {
        this.in = in;
    }

    /** The physical line the next record starts on. */
    long line() {
        return line;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        if (position == limit && !more()) {
            return null;
        }
        while (true) {
            List<String> fields = parse();
            if (fields == UNCLOSED || fields == null && !more()) {
                throw new IOException("a quoted field is not closed before the end of the file");
            }
            if (fields != null) {
                return fields;
            }
        }
    }

    /** Parses the record at {@code position}; null if the buffer ends inside it and more input exists. */
    private List<String> parse() {
        List<String> fields = new ArrayList<>(12);
        int p = position;
        long lines = 0;
        while (true) {
            if (p < limit && buffer[p] == '"') {
                int end = p + 1;
                int length = 0;
                while (true) {
                    if (end >= limit) {
                        return ended ? UNCLOSED : null;
                    }
                    byte b = buffer[end];
                    if (b == '"') {
                        if (end + 1 >= limit && !ended) {
                            return null;
                        }
                        if (end + 1 < limit && buffer[end + 1] == '"') {
                            append(length++, (byte) '"');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    if (b == '\n') {
                        lines++;
                    }
                    append(length++, b);
                    end++;
                }
                p = end + 1;
                int tail = p;
                while (tail < limit && buffer[tail] != ',' && buffer[tail] != '\n') {
                    tail++;
                }
                if (tail >= limit && !ended) {
                    return null;
                }
                for (int i = p; i < tail; i++) {
                    append(length++, buffer[i]);
                }
                if (tail < limit && buffer[tail] == '\n' && length > 0 && scratch[length - 1] == '\r') {
                    length--;
                }
                fields.add(new String(scratch, 0, length, StandardCharsets.UTF_8));
                p = tail;
            } else {
                int end = p;
                while (end < limit && buffer[end] != ',' && buffer[end] != '\n') {
                    end++;
                }
                if (end >= limit && !ended) {
                    return null;
                }
                int stop = end < limit && buffer[end] == '\n' && end > p && buffer[end - 1] == '\r' ? end - 1 : end;
                fields.add(new String(buffer, p, stop - p, StandardCharsets.UTF_8));
                p = end;
            }
            if (p >= limit) {
                position = p;
                line += lines;
                return fields;
            }
            if (buffer[p] == '\n') {
                position = p + 1;
                line += lines + 1;
                return fields;
            }
            p++;
        }
    }

    private void append(int at, byte b) {
        if (at == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[at] = b;
    }

    /** Keeps the unread part, reads more input behind it; false at the end of the input. */
    private boolean more() throws IOException {
        if (ended) {
            return false;
        }
        int kept = limit - position;
        if (kept == buffer.length) {
            if (buffer.length >= MAX_RECORD_BYTES) {
                throw new IOException("a record is longer than " + MAX_RECORD_BYTES + " bytes");
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        System.arraycopy(buffer, position, buffer, 0, kept);
        position = 0;
        limit = kept;
        while (limit < buffer.length) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                ended = true;
                break;
            }
            limit += read;
        }
        return limit > 0;
    }
}
