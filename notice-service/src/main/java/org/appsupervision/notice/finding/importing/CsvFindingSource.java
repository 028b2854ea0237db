package org.appsupervision.notice.finding.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.appsupervision.notice.finding.fastpath.CsvCheckedRow;
import org.appsupervision.notice.finding.fastpath.FindingApps;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/**
 * Reads findings from UTF-8 CSV with a header row naming the columns of {@link FindingLine#CSV_COLUMNS}
 * (any order; filingNumber, evidence and references may be left out). Lists are separated by ';'.
 */
public final class CsvFindingSource implements FindingSource {

    private final CsvRecordReader records;
    private final int[] column = new int[FindingLine.CSV_COLUMNS.size()];
    private final int[] sdkColumn = new int[FindingLine.SDK_COLUMNS.size()];
    private String headerProblem;
    private boolean broken;
    private CsvCheckedRow fast;

    public CsvFindingSource(InputStream in) throws IOException {
        this.records = new CsvRecordReader(in);
        readHeader();
    }

    private void readHeader() throws IOException {
        Arrays.fill(column, -1);
        List<String> first = records.next();
        if (first == null) {
            headerProblem = "the file is empty: a header row is needed";
            return;
        }
        List<String> header = first.stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        for (int i = 0; i < column.length; i++) {
            column[i] = header.indexOf(FindingLine.CSV_COLUMNS.get(i));
        }
        for (int i = 0; i < sdkColumn.length; i++) {
            sdkColumn[i] = header.indexOf(FindingLine.SDK_COLUMNS.get(i));
        }
        List<String> missing = List.of("packageName", "appName", "version", "sourceStore", "problems", "detectedAt",
                "operatorName", "operatorCreditCode").stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            headerProblem = "the header lacks the columns " + missing;
        }
    }

    /** From now on, lines that are surely good skip the strings and go to the COPY as bytes (see CsvCheckedRow). */
    @Override
    public void checkWith(FindingLineCheck check, FindingApps apps) {
        if (headerProblem == null && !broken) {
            fast = new CsvCheckedRow(records, this::currentLine, column, check, apps);
        }
    }

    @Override
    public Parsed next() {
        if (headerProblem != null) {
            String why = headerProblem;
            headerProblem = null;
            broken = true;
            return new Parsed(1, null, why);
        }
        if (broken) {
            return null;
        }
        while (true) {
            long lineNumber = records.line();
            try {
                if (!records.nextRecord()) {
                    return null;
                }
                // A line naming an SDK takes the slow path, which records the SDK (see FindingSdks).
                if (fast != null && !namesSdk() && fast.accept()) {
                    return new Parsed(lineNumber, fast);
                }
                if (records.fields() == 1 && records.field(0).isBlank()) {
                    continue;
                }
                return new Parsed(lineNumber, currentLine(), null);
            } catch (IOException e) {
                broken = true;
                return new Parsed(lineNumber, null, "the CSV cannot be read from here on: " + e.getMessage());
            }
        }
    }

    /** The record just read as a FindingLine. */
    FindingLine currentLine() {
        return new FindingLine(value(0), value(1), value(2), value(3), list(value(4)),
                FindingLineCheck.blankToNull(value(5)), list(value(6)), value(7), value(8), value(9),
                FindingLineCheck.blankToNull(value(10)), null, sdkValue(0), sdkValue(1), sdkValue(2));
    }

    /** Whether the record has a value in one of the optional SDK columns. */
    private boolean namesSdk() {
        for (int i = 0; i < sdkColumn.length; i++) {
            if (sdkValue(i) != null) {
                return true;
            }
        }
        return false;
    }

    private String value(int field) {
        return at(column[field]);
    }

    private String sdkValue(int field) {
        return FindingLineCheck.blankToNull(at(sdkColumn[field]));
    }

    private String at(int at) {
        return at < 0 || at >= records.fields() ? null : records.field(at).strip();
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void close() {
    }
}
