package org.appsupervision.notice.finding.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.appsupervision.notice.finding.fastpath.CsvCheckedRow;
import org.appsupervision.notice.finding.fastpath.FindingApps;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/**
 * Reads findings from NDJSON: one JSON object per line; blank lines are skipped but counted. Lines are cut from the
 * bytes and handed to Jackson as bytes (its UTF-8 parser), so the text is not decoded twice; a line may hold at most
 * {@link #MAX_LINE_BYTES}.
 */
public final class NdjsonFindingSource implements FindingSource {

    static final int MAX_LINE_BYTES = 16 << 20;

    private final InputStream in;
    private final ObjectReader json;
    private byte[] buffer = new byte[1 << 17];
    private int position;
    private int limit;
    private boolean ended;
    private boolean broken;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    private NdjsonValues values;
    private CsvCheckedRow fast;

    public NdjsonFindingSource(InputStream in, ObjectMapper mapper) {
        this.in = in;
        this.json = mapper.readerFor(FindingLine.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** From now on, the plainest lines (see NdjsonValues) skip Jackson and go to the COPY as bytes. */
    @Override
    public void checkWith(FindingLineCheck check, FindingApps apps) {
        int[] column = new int[FindingLine.CSV_COLUMNS.size()];
        Arrays.setAll(column, i -> i);
        values = new NdjsonValues();
        fast = new CsvCheckedRow(values, this::currentLine, column, check, apps);
    }

    @Override
    public Parsed next() throws IOException {
        while (!broken) {
            int end = lineEnd();
            if (end < 0) {
                return null;
            }
            lineNumber++;
            int start = position;
            position = end < limit ? end + 1 : end;
            if (end - start > MAX_LINE_BYTES) {
                broken = true;
                return new Parsed(lineNumber, null, "the line is longer than " + MAX_LINE_BYTES + " bytes");
            }
            if (isBlank(buffer, start, end)) {
                continue;
            }
            lineStart = start;
            lineEnd = end;
            if (fast != null && values.read(buffer, start, end) && fast.accept()) {
                return new Parsed(lineNumber, fast);
            }
            try {
                FindingLine line = json.readValue(buffer, start, end - start);
                return line == null ? new Parsed(lineNumber, null, "not a finding object: null")
                        : new Parsed(lineNumber, line, null);
            } catch (JsonProcessingException e) {
                return new Parsed(lineNumber, null, "not a finding object: " + e.getOriginalMessage());
            }
        }
        return null;
    }

    /** The line just read as a FindingLine (a line the fast path took is good, so Jackson reads it). */
    private FindingLine currentLine() {
        try {
            return json.readValue(buffer, lineStart, lineEnd - lineStart);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Where the line at {@code position} ends (its '\n', or the end of the input); -1 when no line is left. */
    private int lineEnd() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            if (ended) {
                return position < limit ? limit : -1;
            }
            scanned = limit - position;
            if (!more()) {
                return position < limit ? limit : -1;
            }
            if (limit - position > MAX_LINE_BYTES + 1) {
                return position + MAX_LINE_BYTES + 1;
            }
        }
    }

    /** Keeps the unread part at the start, reads more behind it; false at the end of the input. */
    private boolean more() throws IOException {
        int kept = limit - position;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        System.arraycopy(buffer, position, buffer, 0, kept);
        position = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            ended = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** Whether the bytes are whitespace only, as String#isBlank reads them once decoded. */
    private static boolean isBlank(byte[] bytes, int start, int end) {
        boolean wide = false;
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b < 0) {
                wide = true;
            } else if (!(b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31))) {
                return false;
            }
        }
        return !wide || new String(bytes, start, end - start, StandardCharsets.UTF_8).isBlank();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
