package org.appsupervision.appstore.proactive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields) into its fields, with Apache Commons CSV. */
final class CsvLine {

    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180;

    private CsvLine() {
    }

    /** The fields of the line; throws IllegalArgumentException when it is not one well-formed CSV record. */
    static List<String> fields(String line) {
        try (CSVParser parser = CSVParser.parse(line, RFC_4180)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalArgumentException("not one CSV record");
            }
            return records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("not a well-formed CSV line", e);
        }
    }
}
