package org.appsupervision.platform.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one dataset of one day as CSV (UTF-8, header row, RFC 4180, through Apache Commons CSV) and as JSON Lines
 * (an object per row, keys in column order) into temporary files, counting rows and taking each file's SHA-256 and
 * size as it is written, so a dump of a million rows never sits in memory.
 */
public final class DatasetFiles implements OpenDataset.RowSink, AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CSVFormat CSV = CSVFormat.RFC4180;

    private final OpenDataset dataset;
    private final LocalDate day;
    private final Output csvOut;
    private final Output jsonOut;
    private final CSVPrinter csv;
    private final JsonGenerator json;
    private long rows;

    public DatasetFiles(OpenDataset dataset, LocalDate day) {
        this.dataset = dataset;
        this.day = day;
        try {
            csvOut = new Output();
            jsonOut = new Output();
            csv = new CSVPrinter(new OutputStreamWriter(csvOut.stream, StandardCharsets.UTF_8), CSV);
            csv.printRecord(dataset.columns());
            json = JSON.createGenerator(jsonOut.stream, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(Object... values) {
        List<String> columns = dataset.columns();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(dataset.name() + ": a row of " + values.length + " values for "
                    + columns.size() + " columns");
        }
        try {
            List<String> cells = new ArrayList<>(values.length);
            json.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                cells.add(OpenDataValues.csvCell(values[i]));
                json.writeFieldName(columns.get(i));
                writeJson(values[i]);
            }
            json.writeEndObject();
            json.writeRaw('\n');
            csv.printRecord(cells);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes both files and answers them with their figures; the caller stores and then deletes them. */
    public List<Written> finish() {
        try {
            csv.close(true);
            json.close();
            String stem = dataset.name() + "-" + day;
            return List.of(csvOut.written(new OpenDataFile(stem + ".csv", dataset.name(), "csv",
                            OpenDataFile.CSV_MEDIA_TYPE, null, 0, rows)),
                    jsonOut.written(new OpenDataFile(stem + ".jsonl", dataset.name(), "jsonl",
                            OpenDataFile.JSONL_MEDIA_TYPE, null, 0, rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        csvOut.delete();
        jsonOut.delete();
    }

    private void writeJson(Object value) throws IOException {
        Object plain = OpenDataValues.plain(value);
        if (plain == null) {
            json.writeNull();
        } else if (plain instanceof String text) {
            json.writeString(text);
        } else if (plain instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (plain instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (plain instanceof Long number) {
            json.writeNumber(number);
        } else if (plain instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeJson(element);
            }
            json.writeEndArray();
        } else if (plain instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeJson(entry.getValue());
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an open-data value: " + plain.getClass().getSimpleName());
        }
    }

    /** A file written and its figures (SHA-256 and size filled in). */
    public record Written(OpenDataFile file, Path path) {
    }

    /** A temporary file with the digest and byte count of what went into it. */
    private static final class Output {
        private final Path path;
        private final MessageDigest digest;
        private final Counting counting;
        private final OutputStream stream;

        Output() throws IOException {
            path = Files.createTempFile("open-data-", ".part");
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            counting = new Counting(new DigestOutputStream(Files.newOutputStream(path), digest));
            stream = new BufferedOutputStream(counting, 1 << 16);
        }

        Written written(OpenDataFile file) {
            return new Written(new OpenDataFile(file.name(), file.dataset(), file.format(), file.mediaType(),
                    HexFormat.of().formatHex(digest.digest()), counting.count, file.rows()), path);
        }

        void delete() {
            try {
                stream.close();
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends java.io.FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
