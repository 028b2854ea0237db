package org.appsupervision.notice.finding.fastpath;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.appsupervision.notice.operator.AndroidPackageName;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/**
 * The fast path of an import (a CSV record, or an NDJSON object whose values need no decoding, see NdjsonValues):
 * checks the current record on its bytes and, when it is surely good, lets it go to the
 * COPY and the app list as bytes, so that most lines of a big file never become strings. It takes a line only when
 * {@link FindingLineCheck} would take the same line read as strings; everything it is unsure of (a bad field,
 * whitespace other than ASCII at a field's edge, malformed UTF-8, an unusual date form) it leaves to the slow path,
 * which reads the line as a {@link FindingLine} and names every reason. The app-level fields (names, credit code,
 * filing number) are checked once per app and distinct value: a line that repeats its app's first record exactly
 * was checked then. FindingFastPathTest holds both paths to the same answers.
 */
public final class CsvCheckedRow implements CheckedRow {

    private static final int PACKAGE = 0;
    private static final int APP_NAME = 1;
    private static final int VERSION = 2;
    private static final int STORE = 3;
    private static final int PROBLEMS = 4;
    private static final int EVIDENCE = 5;
    private static final int REFERENCES = 6;
    private static final int DETECTED_AT = 7;
    private static final int OPERATOR_NAME = 8;
    private static final int CREDIT_CODE = 9;
    private static final int FILING_NUMBER = 10;
    private static final int COLUMNS = 11;
    private static final long BEIJING_OFFSET_SECONDS = 8 * 3600;

    private final FieldView csv;
    private final java.util.function.Supplier<FindingLine> source;
    private final int[] column;
    private final int fieldsNeeded;
    private final FindingLineCheck check;
    private final FindingApps apps;
    private final byte[][] problemCodes;
    private final FindingApps.Record record = new FindingApps.Record();
    private final List<String> why = new ArrayList<>();

    private final byte[][] bytes = new byte[COLUMNS][];
    private final int[] from = new int[COLUMNS];
    private final int[] to = new int[COLUMNS];
    private final Pieces problems = new Pieces();
    private final Pieces references = new Pieces();
    private long detectedMicros;
    private int packageHash;
    private int appEntry;
    private boolean appKnown;
    private String creditCode;
    private String operatorName;

    public CsvCheckedRow(FieldView csv, java.util.function.Supplier<FindingLine> source, int[] column,
            FindingLineCheck check, FindingApps apps) {
        this.csv = csv;
        this.source = source;
        this.column = column;
        this.check = check;
        this.apps = apps;
        int needed = 0;
        for (int at : column) {
            needed = Math.max(needed, at + 1);
        }
        this.fieldsNeeded = needed;
        this.problemCodes = check.problemCodes().stream().map(c -> c.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
    }

    /** Whether the current record is surely a good line; if so, this row stands for it until the next record. */
    public boolean accept() {
        if (csv.fields() < fieldsNeeded) {
            return false;
        }
        for (int c = 0; c < COLUMNS; c++) {
            if (!locate(c)) {
                return false;
            }
        }
        return packageName() && text(VERSION, 200) && storeCode() && problems() && evidence() && references()
                && detectedAt() && app();
    }

    /** The trimmed bytes of column c, or none when the file lacks the column; false if trimming is not sure. */
    private boolean locate(int c) {
        int at = column[c];
        if (at < 0 || csv.bytes(at) == null) {
            bytes[c] = null;
            return true;
        }
        bytes[c] = csv.bytes(at);
        return trim(c, csv.start(at), csv.end(at));
    }

    private boolean trim(int c, int start, int end) {
        byte[] b = bytes[c];
        while (start < end && isAsciiSpace(b[start])) {
            start++;
        }
        while (end > start && isAsciiSpace(b[end - 1])) {
            end--;
        }
        from[c] = start;
        to[c] = end;
        return start == end || !wideSpaceAtEdge(b, start, end);
    }

    private boolean packageName() {
        byte[] b = bytes[PACKAGE];
        int start = from[PACKAGE];
        int end = to[PACKAGE];
        if (end - start > 255 || end == start || !AndroidPackageName.matches(b, start, end)) {
            return false;
        }
        packageHash = FindingApps.hash(b, start, end);
        return true;
    }

    /** A required text of at most {@code max} characters. */
    private boolean text(int c, int max) {
        if (to[c] == from[c]) {
            return false;
        }
        int length = utf16Length(bytes[c], from[c], to[c]);
        return length >= 0 && length <= max;
    }

    private boolean storeCode() {
        byte[] b = bytes[STORE];
        int start = from[STORE];
        int end = to[STORE];
        if (end - start < 2 || end - start > 32) {
            return false;
        }
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > start && c == '-'))) {
                return false;
            }
        }
        return true;
    }

    private boolean problems() {
        return problems.split(PROBLEMS, (b, start, end) -> knownCode(b, start, end)) && problems.count > 0;
    }

    private boolean knownCode(byte[] b, int start, int end) {
        for (byte[] code : problemCodes) {
            if (code.length == end - start && java.util.Arrays.equals(code, 0, code.length, b, start, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean evidence() {
        if (bytes[EVIDENCE] == null || from[EVIDENCE] == to[EVIDENCE]) {
            bytes[EVIDENCE] = null;
            return true;
        }
        int length = utf16Length(bytes[EVIDENCE], from[EVIDENCE], to[EVIDENCE]);
        return length >= 0 && length <= 10_000;
    }

    private boolean references() {
        references.count = 0;
        return bytes[REFERENCES] == null || references.split(REFERENCES, (b, start, end) -> {
            int length = utf16Length(b, start, end);
            return length >= 0 && length <= 1000;
        });
    }

    /** A check of one piece of a list field. */
    private interface PieceCheck {
        boolean accept(byte[] b, int start, int end);
    }

    /** The trimmed, non-empty pieces of a field that holds a list separated by ';', as ranges of its bytes. */
    private final class Pieces {

        int[] starts = new int[8];
        int[] ends = new int[8];
        int count;

        /** Splits column c; false if a piece cannot be trimmed surely or fails {@code check}. */
        boolean split(int c, PieceCheck check) {
            count = 0;
            byte[] b = bytes[c];
            int start = from[c];
            int end = to[c];
            while (start < end) {
                int stop = start;
                while (stop < end && b[stop] != ';') {
                    stop++;
                }
                if (!trim(c, start, stop)) {
                    return false;
                }
                if (to[c] > from[c]) {
                    if (!check.accept(b, from[c], to[c])) {
                        return false;
                    }
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                        ends = java.util.Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = from[c];
                    ends[count++] = to[c];
                }
                start = stop + 1;
            }
            return true;
        }
    }

    /**
     * The two forms most files use, 2021-10-15T09:30:00+08:00 and 2021-10-15 (midnight in Beijing), read as
     * FindingLineCheck#detectedAt reads them; other forms and anything out of range go the slow way.
     */
    private boolean detectedAt() {
        byte[] b = bytes[DETECTED_AT];
        int s = from[DETECTED_AT];
        int length = to[DETECTED_AT] - s;
        if (length != 10 && !(length == 25 && b[s + 10] == 'T' && b[s + 19] == '+')) {
            return false;
        }
        if (b[s + 4] != '-' || b[s + 7] != '-') {
            return false;
        }
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return false;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return false;
        }
        long seconds;
        if (length == 10) {
            seconds = epochDay * 86_400 - BEIJING_OFFSET_SECONDS;
        } else {
            if (b[s + 13] != ':' || b[s + 16] != ':' || b[s + 22] != ':') {
                return false;
            }
            int hour = digits(b, s + 11, 2);
            int minute = digits(b, s + 14, 2);
            int second = digits(b, s + 17, 2);
            int offsetHours = digits(b, s + 20, 2);
            int offsetMinutes = digits(b, s + 23, 2);
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || offsetHours < 0
                    || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
                return false;
            }
            seconds = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetHours * 3600 - offsetMinutes * 60;
        }
        if (check.isFuture(seconds)) {
            return false;
        }
        detectedMicros = seconds * 1_000_000L;
        return true;
    }

    /**
     * The app-level fields: known good if they repeat the record of the app's first line byte for byte; otherwise
     * checked as strings by the same rules as the slow path.
     */
    private boolean app() {
        record.clear().field(bytes[APP_NAME], from[APP_NAME], to[APP_NAME])
                .field(bytes[OPERATOR_NAME], from[OPERATOR_NAME], to[OPERATOR_NAME])
                .field(bytes[CREDIT_CODE], from[CREDIT_CODE], to[CREDIT_CODE]);
        if (bytes[FILING_NUMBER] == null || from[FILING_NUMBER] == to[FILING_NUMBER]) {
            record.none();
        } else {
            record.field(bytes[FILING_NUMBER], from[FILING_NUMBER], to[FILING_NUMBER]);
        }
        appEntry = apps.find(bytes[PACKAGE], from[PACKAGE], to[PACKAGE], packageHash);
        appKnown = appEntry >= 0 && apps.sameRecord(appEntry, record.bytes, record.length);
        if (appKnown) {
            return true;
        }
        if (!text(APP_NAME, 200) || !text(OPERATOR_NAME, 200) || utf16Length(bytes[CREDIT_CODE], from[CREDIT_CODE],
                to[CREDIT_CODE]) < 0 || bytes[FILING_NUMBER] != null && utf16Length(bytes[FILING_NUMBER],
                from[FILING_NUMBER], to[FILING_NUMBER]) < 0) {
            return false;
        }
        String[] fields = FindingApps.Record.decode(java.util.Arrays.copyOf(record.bytes, record.length));
        why.clear();
        check.appProblems(why, fields[0], fields[1], fields[2], fields[3]);
        operatorName = fields[1];
        creditCode = fields[2];
        return why.isEmpty();
    }

    @Override
    public void writeColumns(CopyBinary rows) {
        rows.text(bytes[PACKAGE], from[PACKAGE], to[PACKAGE]).text(bytes[VERSION], from[VERSION], to[VERSION])
                .text(bytes[STORE], from[STORE], to[STORE])
                .textArray(bytes[PROBLEMS], problems.starts, problems.ends, problems.count);
        if (bytes[EVIDENCE] == null) {
            rows.text(null);
        } else {
            rows.text(bytes[EVIDENCE], from[EVIDENCE], to[EVIDENCE]);
        }
        rows.textArray(bytes[REFERENCES], references.starts, references.ends, references.count).timestamptz(detectedMicros);
    }

    @Override
    public void addTo(FindingApps apps) {
        if (appKnown) {
            return;
        }
        apps.addOperator(creditCode, operatorName);
        if (appEntry < 0) {
            apps.insert(appEntry, bytes[PACKAGE], from[PACKAGE], to[PACKAGE], packageHash, record.bytes, record.length);
        }
    }

    @Override
    public FindingLine line() {
        return source.get();
    }

    public static boolean isAsciiSpace(byte b) {
        return b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31);
    }

    /** Whether the first or last character of the non-empty range is whitespace outside ASCII (String#strip would cut it). */
    public static boolean wideSpaceAtEdge(byte[] b, int start, int end) {
        if (b[start] < 0 && Character.isWhitespace(codePoint(b, start, end))) {
            return true;
        }
        if (b[end - 1] < 0) {
            int lead = end - 1;
            while (lead > start && (b[lead] & 0xC0) == 0x80) {
                lead--;
            }
            return Character.isWhitespace(codePoint(b, lead, end));
        }
        return false;
    }

    /** The code point starting at {@code at}, or -1 if the bytes there are not one (the UTF-8 check refuses them later). */
    private static int codePoint(byte[] b, int at, int end) {
        int lead = b[at] & 0xFF;
        int n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        if (n == 0 || at + n > end) {
            return -1;
        }
        int cp = lead & (0x7F >> n);
        for (int i = 1; i < n; i++) {
            cp = cp << 6 | b[at + i] & 0x3F;
        }
        return cp;
    }

    /**
     * The length in UTF-16 units (String#length) of well-formed UTF-8 without U+0000, or -1 for anything else
     * (malformed, overlong, a surrogate, beyond U+10FFFF, a NUL), which the slow path then reports or replaces.
     */
    static int utf16Length(byte[] b, int start, int end) {
        int units = 0;
        int i = start;
        while (i < end) {
            int x = b[i];
            if (x > 0) {
                i++;
                units++;
                continue;
            }
            if (x == 0) {
                return -1;
            }
            int lead = x & 0xFF;
            if (lead < 0xC2) {
                return -1;
            } else if (lead < 0xE0) {
                if (i + 1 >= end || (b[i + 1] & 0xC0) != 0x80) {
                    return -1;
                }
                i += 2;
                units++;
            } else if (lead < 0xF0) {
                if (i + 2 >= end) {
                    return -1;
                }
                int b1 = b[i + 1] & 0xFF;
                if ((b[i + 2] & 0xC0) != 0x80 || (lead == 0xE0 ? b1 < 0xA0 || b1 > 0xBF
                        : lead == 0xED ? b1 < 0x80 || b1 > 0x9F : (b1 & 0xC0) != 0x80)) {
                    return -1;
                }
                i += 3;
                units++;
            } else if (lead < 0xF5) {
                if (i + 3 >= end) {
                    return -1;
                }
                int b1 = b[i + 1] & 0xFF;
                if ((b[i + 2] & 0xC0) != 0x80 || (b[i + 3] & 0xC0) != 0x80 || (lead == 0xF0 ? b1 < 0x90 || b1 > 0xBF
                        : lead == 0xF4 ? b1 < 0x80 || b1 > 0x8F : (b1 & 0xC0) != 0x80)) {
                    return -1;
                }
                i += 4;
                units += 2;
            } else {
                return -1;
            }
        }
        return units;
    }

    /** The number written by n ASCII digits at {@code at}, or -1. */
    private static int digits(byte[] b, int at, int n) {
        int value = 0;
        for (int i = at; i < at + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
