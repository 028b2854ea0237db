package org.appsupervision.notice.finding.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.appsupervision.notice.finding.fastpath.FieldView;

/**
 * A small, fast reader of RFC 4180 CSV records in UTF-8 (comma-separated, double quotes, "" inside quotes, CRLF or LF,
 * line breaks inside quoted fields) that works on the bytes: a record is read as the byte range of each field, so a
 * caller that needs no strings makes none; {@link #field(int)} decodes one. It counts physical lines so errors can name
 * them. Malformed UTF-8 decodes to U+FFFD, as a decoding reader would make it.
 * <p>
 * Written here rather than taken from a CSV library: the ones on offer (Commons CSV, OpenCSV, Jackson's CSV module)
 * decode the whole input into characters and make a string of every field, which was most of an import's time.
 */
final class CsvRecordReader implements FieldView {

    private static final int MAX_RECORD_BYTES = 16 << 20;
    private static final int INCOMPLETE = 0;
    private static final int COMPLETE = 1;
    private static final int UNCLOSED = 2;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 17];
    private int position;
    private int limit;
    private boolean ended;
    private long line = 1;
    /** The unquoted contents of the current record's quoted fields, one after the other. */
    private byte[] scratch = new byte[256];
    private int scratchSize;
    private int count;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] quoted = new boolean[16];

    CsvRecordReader(InputStream in) {
        this.in = in;
    }

    /** The physical line the next record starts on. */
    long line() {
        return line;
    }

    /** Reads the next record; false at the end of the input. Its fields are valid until the next call. */
    boolean nextRecord() throws IOException {
        if (position == limit && !more()) {
            return false;
        }
        while (true) {
            int state = parse();
            if (state == UNCLOSED || state == INCOMPLETE && !more()) {
                throw new IOException("a quoted field is not closed before the end of the file");
            }
            if (state == COMPLETE) {
                return true;
            }
        }
    }

    /** The next record's fields as strings, or null at the end of the input. */
    List<String> next() throws IOException {
        if (!nextRecord()) {
            return null;
        }
        List<String> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fields.add(field(i));
        }
        return fields;
    }

    /** How many fields the current record has. */
    @Override
    public int fields() {
        return count;
    }

    /** The bytes that hold field {@code i} of the current record, from {@link #start(int)} to {@link #end(int)}. */
    @Override
    public byte[] bytes(int i) {
        return quoted[i] ? scratch : buffer;
    }

    @Override
    public int start(int i) {
        return starts[i];
    }

    @Override
    public int end(int i) {
        return ends[i];
    }

    /** Field {@code i} of the current record, decoded. */
    String field(int i) {
        return new String(bytes(i), starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /** Parses the record at {@code position}; INCOMPLETE if the buffer ends inside it and more input may come. */
    private int parse() {
        count = 0;
        scratchSize = 0;
        int p = position;
        long lines = 0;
        while (true) {
            if (p < limit && buffer[p] == '"') {
                int from = scratchSize;
                int end = p + 1;
                while (true) {
                    if (end >= limit) {
                        return ended ? UNCLOSED : INCOMPLETE;
                    }
                    byte b = buffer[end];
                    if (b == '"') {
                        if (end + 1 >= limit && !ended) {
                            return INCOMPLETE;
                        }
                        if (end + 1 < limit && buffer[end + 1] == '"') {
                            append(buffer, end, 1);
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    if (b == '\n') {
                        lines++;
                    }
                    int run = end + 1;
                    while (run < limit && buffer[run] != '"' && buffer[run] != '\n') {
                        run++;
                    }
                    append(buffer, end, run - end);
                    end = run;
                }
                p = end + 1;
                int tail = p;
                while (tail < limit && buffer[tail] != ',' && buffer[tail] != '\n') {
                    tail++;
                }
                if (tail >= limit && !ended) {
                    return INCOMPLETE;
                }
                append(buffer, p, tail - p);
                if (tail < limit && buffer[tail] == '\n' && scratchSize > from && scratch[scratchSize - 1] == '\r') {
                    scratchSize--;
                }
                add(true, from, scratchSize);
                p = tail;
            } else {
                int end = p;
                while (end < limit && buffer[end] != ',' && buffer[end] != '\n') {
                    end++;
                }
                if (end >= limit && !ended) {
                    return INCOMPLETE;
                }
                int stop = end < limit && buffer[end] == '\n' && end > p && buffer[end - 1] == '\r' ? end - 1 : end;
                add(false, p, stop);
                p = end;
            }
            if (p >= limit) {
                position = p;
                line += lines;
                return COMPLETE;
            }
            if (buffer[p] == '\n') {
                position = p + 1;
                line += lines + 1;
                return COMPLETE;
            }
            p++;
        }
    }

    private void add(boolean inScratch, int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        quoted[count] = inScratch;
        starts[count] = start;
        ends[count++] = end;
    }

    private void append(byte[] from, int at, int length) {
        if (scratchSize + length > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchSize + length));
        }
        System.arraycopy(from, at, scratch, scratchSize, length);
        scratchSize += length;
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
