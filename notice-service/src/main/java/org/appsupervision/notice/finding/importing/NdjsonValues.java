package org.appsupervision.notice.finding.importing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.appsupervision.notice.finding.fastpath.CsvCheckedRow;
import org.appsupervision.notice.finding.fastpath.FieldView;
import org.appsupervision.notice.finding.line.FindingLine;

/**
 * The values of one NDJSON line as byte ranges, in the order of {@link FindingLine#CSV_COLUMNS}, for the fast path
 * (CsvCheckedRow) to check and copy without Jackson making a FindingLine. It takes only the plainest lines: one flat
 * object of the known keys, each at most once, whose values are strings without escapes, non-empty and without
 * whitespace at their edges (so that the fast path's trimming changes nothing and its reading equals Jackson's),
 * arrays of such strings for problems and references (without ';', which the fast path splits on), and null for the
 * optional ones. Any other line is left to Jackson and FindingLineCheck, which read it and name every reason.
 */
final class NdjsonValues implements FieldView {

    private static final byte[][] KEYS = FindingLine.CSV_COLUMNS.stream()
            .map(k -> k.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final int PROBLEMS = FindingLine.CSV_COLUMNS.indexOf("problems");
    private static final int REFERENCES = FindingLine.CSV_COLUMNS.indexOf("references");
    private static final int EVIDENCE = FindingLine.CSV_COLUMNS.indexOf("evidence");
    private static final int FILING_NUMBER = FindingLine.CSV_COLUMNS.indexOf("filingNumber");
    /** Eight bytes of a line at a time, the first in the lowest bits. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final byte[][] bytes = new byte[KEYS.length][];
    private final int[] starts = new int[KEYS.length];
    private final int[] ends = new int[KEYS.length];
    private final boolean[] seen = new boolean[KEYS.length];
    /** The arrays' elements, joined by ';'. */
    private byte[] lists = new byte[256];
    private int listsSize;
    private int lastKey;
    private byte[] b;
    private int p;
    private int end;

    @Override
    public int fields() {
        return KEYS.length;
    }

    @Override
    public byte[] bytes(int i) {
        return bytes[i];
    }

    @Override
    public int start(int i) {
        return starts[i];
    }

    @Override
    public int end(int i) {
        return ends[i];
    }

    /** Reads the line from {@code from} to {@code to}; false if it is not one of the plainest (see above). */
    boolean read(byte[] line, int from, int to) {
        b = line;
        p = from;
        end = to;
        listsSize = 0;
        lastKey = -1;
        Arrays.fill(seen, false);
        Arrays.fill(bytes, null);
        skipSpace();
        if (!take('{')) {
            return false;
        }
        skipSpace();
        if (!take('}')) {
            do {
                skipSpace();
                int key = key();
                if (key < 0 || seen[key]) {
                    return false;
                }
                seen[key] = true;
                skipSpace();
                if (!take(':')) {
                    return false;
                }
                skipSpace();
                if (!value(key)) {
                    return false;
                }
                skipSpace();
            } while (take(','));
            if (!take('}')) {
                return false;
            }
        }
        skipSpace();
        if (p != end) {
            return false;
        }
        for (int c = 0; c < KEYS.length; c++) {
            boolean optional = c == EVIDENCE || c == REFERENCES || c == FILING_NUMBER;
            if (bytes[c] == null && !optional) {
                return false;
            }
        }
        return true;
    }

    private int key() {
        int from = p + 1;
        int to = plainString();
        if (to < 0) {
            return -1;
        }
        // Producers write the keys in one order, mostly this one: try the key after the last first.
        for (int i = 1; i <= KEYS.length; i++) {
            int k = (lastKey + i) % KEYS.length;
            if (Arrays.equals(KEYS[k], 0, KEYS[k].length, b, from, to)) {
                lastKey = k;
                return k;
            }
        }
        return -1;
    }

    private boolean value(int key) {
        boolean list = key == PROBLEMS || key == REFERENCES;
        if (p < end && b[p] == 'n') {
            if (end - p < 4 || b[p + 1] != 'u' || b[p + 2] != 'l' || b[p + 3] != 'l') {
                return false;
            }
            p += 4;
            return key == EVIDENCE || key == REFERENCES || key == FILING_NUMBER;
        }
        if (!list) {
            int from = p + 1;
            int to = plainString();
            if (to < 0 || !clean(b, from, to)) {
                return false;
            }
            bytes[key] = b;
            starts[key] = from;
            ends[key] = to;
            return true;
        }
        if (!take('[')) {
            return false;
        }
        int listStart = listsSize;
        skipSpace();
        if (!take(']')) {
            do {
                skipSpace();
                int from = p + 1;
                int to = plainString();
                if (to < 0 || !clean(b, from, to)) {
                    return false;
                }
                for (int i = from; i < to; i++) {
                    if (b[i] == ';') {
                        return false;
                    }
                }
                if (listsSize > listStart) {
                    append((byte) ';');
                }
                for (int i = from; i < to; i++) {
                    append(b[i]);
                }
                skipSpace();
            } while (take(','));
            if (!take(']')) {
                return false;
            }
        }
        bytes[key] = lists;
        starts[key] = listStart;
        ends[key] = listsSize;
        return true;
    }

    /** Reads a string at {@code p} that has no escapes and no control characters; answers where it ends, or -1. */
    private int plainString() {
        if (!take('"')) {
            return -1;
        }
        // Skips eight bytes at a time while none is a quote, a backslash or a control character; a word that holds
        // one is scanned byte by byte from its first flagged byte (the lowest flag of these tests is always exact).
        while (p + Long.BYTES <= end) {
            long word = (long) LONGS.get(b, p);
            long quotes = word ^ 0x2222222222222222L;
            long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
            long flags = ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes
                    | (word - 0x2020202020202020L) & ~word) & HIGHS;
            if (flags != 0) {
                p += Long.numberOfTrailingZeros(flags) >>> 3;
                break;
            }
            p += Long.BYTES;
        }
        while (p < end) {
            byte c = b[p];
            if (c == '"') {
                p++;
                return p - 1;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                return -1;
            }
            p++;
        }
        return -1;
    }

    /** Non-empty, and nothing at its edges that String#strip would cut. */
    private static boolean clean(byte[] b, int from, int to) {
        return to > from && !CsvCheckedRow.isAsciiSpace(b[from]) && !CsvCheckedRow.isAsciiSpace(b[to - 1])
                && !CsvCheckedRow.wideSpaceAtEdge(b, from, to);
    }

    private void append(byte c) {
        if (listsSize == lists.length) {
            lists = Arrays.copyOf(lists, lists.length * 2);
        }
        lists[listsSize++] = c;
    }

    private boolean take(char c) {
        if (p < end && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n')) {
            p++;
        }
    }
}
