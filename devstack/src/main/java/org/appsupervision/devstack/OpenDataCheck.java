package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a day's open-data dump of a service as an outsider would: every file of the manifest fetched, its SHA-256
 * and size against the manifest (and its {@code ETag}), its rows read back by readers no part of the suite wrote
 * (Jackson's CSV module for the CSV, JSON-P for the JSON Lines) and counted against the manifest, its columns against
 * an allow-list, and its text scanned for contact data (e-mail addresses, mobile and landline numbers, ID card numbers).
 */
public final class OpenDataCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Pattern> CONTACT_DATA = List.of(
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
            Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])"),
            Pattern.compile("(?<![0-9A-Za-z])0\\d{2,3}-\\d{7,8}(?![0-9A-Za-z])"),
            Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])"));

    private OpenDataCheck() {
    }

    /** A fetched file: its bytes, {@code Content-Type} and {@code ETag}. */
    public record Fetched(byte[] bytes, String contentType, String etag) {
    }

    /** A file read back: its CSV rows and its JSON Lines rows (each a map of column to text, null for JSON null). */
    public record Read(String name, String dataset, List<String> header, List<Map<String, String>> csv,
            List<Map<String, String>> jsonl) {
    }

    /**
     * Checks every file of the manifest (JSON); {@code fetch} gets a file by name, {@code allowed} gives the allowed
     * columns of each dataset. Adds every fault found to {@code faults} and answers the files read back.
     */
    public static List<Read> check(String manifestJson, Function<String, Fetched> fetch,
            Map<String, Set<String>> allowed, List<String> faults) {
        JsonNode manifest = read(manifestJson);
        if (manifest.path("licence").asText().isBlank()) {
            faults.add("the manifest has no licence line");
        }
        Map<String, Read> csvByDataset = new LinkedHashMap<>();
        List<Read> reads = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            String name = file.path("name").asText();
            String dataset = file.path("dataset").asText();
            Fetched fetched = fetch.apply(name);
            String sha = sha256(fetched.bytes());
            if (!sha.equals(file.path("sha256").asText())) {
                faults.add(name + ": SHA-256 " + sha + " but the manifest says " + file.path("sha256").asText());
            }
            if (!('"' + sha + '"').equals(fetched.etag())) {
                faults.add(name + ": ETag " + fetched.etag() + " is not its SHA-256");
            }
            if (fetched.bytes().length != file.path("bytes").asLong()) {
                faults.add(name + ": " + fetched.bytes().length + " bytes but the manifest says " + file.path("bytes"));
            }
            String text = new String(fetched.bytes(), StandardCharsets.UTF_8);
            for (Pattern pattern : CONTACT_DATA) {
                var found = pattern.matcher(text);
                if (found.find()) {
                    faults.add(name + ": contact data " + found.group());
                }
            }
            Read read;
            if (name.endsWith(".csv")) {
                if (!fetched.contentType().startsWith("text/csv")) {
                    faults.add(name + ": Content-Type " + fetched.contentType());
                }
                read = readCsv(name, dataset, text);
                Set<String> columns = allowed.getOrDefault(dataset, Set.of());
                read.header().stream().filter(c -> !columns.contains(c))
                        .forEach(c -> faults.add(name + ": column " + c + " is not in the allow-list of " + dataset));
                if (read.csv().size() != file.path("rows").asLong()) {
                    faults.add(name + ": " + read.csv().size() + " rows read but the manifest says " + file.path("rows"));
                }
                csvByDataset.put(dataset, read);
            } else {
                if (!fetched.contentType().startsWith("application/jsonl")) {
                    faults.add(name + ": Content-Type " + fetched.contentType());
                }
                read = readJsonl(name, dataset, text);
                if (read.jsonl().size() != file.path("rows").asLong()) {
                    faults.add(name + ": " + read.jsonl().size() + " lines read but the manifest says "
                            + file.path("rows"));
                }
            }
            reads.add(read);
        }
        for (Read jsonl : reads) {
            Read csv = csvByDataset.get(jsonl.dataset());
            if (jsonl.name().endsWith(".jsonl") && csv != null && csv.csv().size() == jsonl.jsonl().size()) {
                for (int i = 0; i < csv.csv().size(); i++) {
                    if (!csv.csv().get(i).keySet().equals(jsonl.jsonl().get(i).keySet())) {
                        faults.add(jsonl.name() + ": line " + (i + 1) + " has other keys than the CSV's header");
                    }
                }
            }
        }
        return reads;
    }

    /** The rows of a CSV file with a header row, each a map of column to text. */
    public static Read readCsv(String name, String dataset, String text) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS).build();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
            CsvSchema schema = (CsvSchema) it.getParserSchema();
            schema.forEach(column -> header.add(column.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(name, dataset, header, rows, List.of());
    }

    /** The lines of a JSON Lines file, each an object read with JSON-P, its values as text (null for JSON null). */
    public static Read readJsonl(String name, String dataset, String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject object = reader.readObject();
                Map<String, String> row = new LinkedHashMap<>();
                object.forEach((key, value) -> row.put(key, switch (value.getValueType()) {
                    case NULL -> null;
                    case STRING -> object.getString(key);
                    default -> value.toString();
                }));
                rows.add(row);
            }
        }
        return new Read(name, dataset, List.of(), List.of(), rows);
    }

    /** Whether a text holds something that looks like contact data (so a test can show the scan finds it). */
    public static boolean looksLikeContactData(String text) {
        return CONTACT_DATA.stream().anyMatch(p -> p.matcher(text).find());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
