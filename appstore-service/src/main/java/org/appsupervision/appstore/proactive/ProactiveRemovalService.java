package org.appsupervision.appstore.proactive;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.appsupervision.events.ProactiveRemovalsReported;
import org.appsupervision.platform.idempotency.IdempotencyKey;
import org.appsupervision.platform.idempotency.RequestFingerprint;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.postgresql.PGConnection;

/**
 * Proactive removals uploads: read as a stream line by line, every line checked and spooled to a
 * temporary file; a clean upload is copied into the database (PostgreSQL COPY) in the one short
 * transaction that records it and its event,
 * an upload with any bad line is rolled back whole with every bad line reported. One upload per
 * (store, upload key): the same key and body again answers the first result (the platform's
 * {@link IdempotencyKey} decides); the key names the upload and is kept with it.
 */
@ApplicationScoped
public class ProactiveRemovalService {

    public static final int MAX_LINES = 1_000_000;
    static final int MAX_LINE_LENGTH = 4_096;
    static final int MAX_REPORTED_ERRORS = 1_000;
    private static final int COPY_BUFFER = 256 * 1024;
    /** A byte order mark, as spreadsheet programs write at the start of a UTF-8 file; dropped from the first line. */
    private static final String BOM = "\uFEFF";

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public ProactiveRemovalService(AgroalDataSource dataSource, Outbox outbox, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /**
     * Checks and spools the body to a temporary file outside any transaction (a slow client holds no
     * database transaction open), then copies it in one short transaction.
     */
    public UploadView upload(String storeCode, String header, UploadFormat format, RequestFingerprint request,
            InputStream body) {
        String uploadKey = IdempotencyKey.required(header);
        InputStream digesting = request.digesting(body);
        Path spool = null;
        try {
            if (QuarkusTransaction.requiringNew().call(() -> known(storeCode, uploadKey))) {
                LegacyFingerprint legacy = new LegacyFingerprint(format);
                drain(legacy.digesting(digesting));
                String fingerprint = request.hex();
                String earlier = legacy.hex();
                return QuarkusTransaction.requiringNew().call(() -> replay(storeCode, uploadKey, fingerprint, earlier));
            }
            UUID uploadId = UUID.randomUUID();
            spool = Files.createTempFile("proactive-removals-", ".csv");
            Spooled spooled = spool(uploadId, storeCode, format, digesting, spool);
            String fingerprint = request.hex();
            Path file = spool;
            return QuarkusTransaction.requiringNew().call(() -> write(uploadId, storeCode, uploadKey, fingerprint,
                    spooled, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    private UploadView write(UUID uploadId, String storeCode, String uploadKey, String fingerprint, Spooled spooled,
            Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            if (!claimKey(connection, uploadId, storeCode, uploadKey)) {
                // The same key won a race meanwhile: answer like a retry.
                return replay(connection, storeCode, uploadKey, fingerprint, null);
            }
            try (InputStream rows = Files.newInputStream(file)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        COPY proactive_removal (upload_id, store_code, line, package_name, app_name, removed_at, reason)
                        FROM STDIN WITH (FORMAT csv)""", rows, COPY_BUFFER);
            }
            UploadView upload = new UploadView(uploadId, storeCode, uploadKey, spooled.lines(), spooled.first(),
                    spooled.last(), Instant.now(clock));
            record(connection, upload, fingerprint);
            outbox.append(new ProactiveRemovalsReported(uploadId, storeCode, uploadKey, upload.removals(),
                    upload.firstRemovedAt(), upload.lastRemovedAt(), upload.uploadedAt()));
            return upload;
        }
    }

    private boolean known(String storeCode, String uploadKey) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM proactive_removal_upload WHERE store_code = ? AND upload_key = ?")) {
            select.setString(1, storeCode);
            select.setString(2, uploadKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private UploadView replay(String storeCode, String uploadKey, String fingerprint, String legacyFingerprint)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return replay(connection, storeCode, uploadKey, fingerprint, legacyFingerprint);
        }
    }

    /**
     * How versions before the platform's {@link RequestFingerprint} fingerprinted an upload: SHA-256 over the format's
     * name and the body. Uploads are kept for ever with their key, so a store replaying one of those keys with the same
     * body still gets the first answer; computed only when a key is replayed.
     */
    private static final class LegacyFingerprint {

        private final java.security.MessageDigest sha;

        LegacyFingerprint(UploadFormat format) {
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            sha.update(format.name().getBytes(StandardCharsets.UTF_8));
        }

        InputStream digesting(InputStream in) {
            return new java.security.DigestInputStream(in, sha);
        }

        String hex() {
            return java.util.HexFormat.of().formatHex(sha.digest());
        }
    }

    private record Spooled(long lines, Instant first, Instant last) {
    }

    /** Reads and checks every line, writing the good ones as COPY rows to the file; any bad line is a problem. */
    private Spooled spool(UUID uploadId, String storeCode, UploadFormat format, InputStream body, Path file)
            throws IOException {
        List<Problem.FieldError> errors = new ArrayList<>();
        long badLines = 0;
        long good = 0;
        Instant first = null;
        Instant last = null;
        Instant now = Instant.now(clock);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), COPY_BUFFER);
                CSVPrinter copy = new CSVPrinter(out, CSVFormat.POSTGRESQL_CSV)) {
            BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(body, StandardCharsets.UTF_8),
                    MAX_LINE_LENGTH);
            int number = 0;
            String text;
            while ((text = lines.next()) != null) {
                number++;
                if (number == 1 && text.startsWith(BOM)) {
                    text = text.substring(BOM.length());
                }
                if (number > MAX_LINES) {
                    errors.add(new Problem.FieldError("line " + number, "an upload has at most " + MAX_LINES + " lines"));
                    badLines++;
                    break;
                }
                if (text.isBlank() || (number == 1 && format == UploadFormat.CSV && isHeader(text))) {
                    continue;
                }
                List<String> problems = lines.wasTooLong() ? List.of("is longer than " + MAX_LINE_LENGTH + " characters")
                        : null;
                RemovalLine line = null;
                if (problems == null) {
                    try {
                        line = parse(format, text);
                        problems = line.problems(now);
                    } catch (IOException | RuntimeException e) {
                        problems = List.of(format == UploadFormat.CSV ? "is not a CSV line of 3 or 4 fields"
                                : "is not a JSON object with packageName, appName, removedAt and reason");
                    }
                }
                if (!problems.isEmpty()) {
                    badLines++;
                    if (errors.size() < MAX_REPORTED_ERRORS) {
                        errors.add(new Problem.FieldError("line " + number, String.join("; ", problems)));
                    }
                    continue;
                }
                if (badLines > 0) {
                    continue;
                }
                Instant removedAt = Instant.parse(line.removedAt());
                first = first == null || removedAt.isBefore(first) ? removedAt : first;
                last = last == null || removedAt.isAfter(last) ? removedAt : last;
                good++;
                copy.printRecord(uploadId, storeCode, number, line.packageName(), line.appName(), removedAt,
                        line.reason());
            }
            if (badLines == 0 && good == 0) {
                errors.add(new Problem.FieldError("body", "lists no removals"));
                badLines++;
            }
            if (badLines > 0) {
                throw new ProblemException(ProblemTypes.VALIDATION, badLines + " line(s) are invalid; nothing was written"
                        + (badLines > errors.size() ? " (the first " + errors.size() + " are listed)" : ""), errors);
            }
            return new Spooled(good, first, last);
        }
    }

    private RemovalLine parse(UploadFormat format, String text) throws IOException {
        if (format == UploadFormat.NDJSON) {
            RemovalLine line = mapper.readValue(text, RemovalLine.class);
            if (line == null) {
                throw new IllegalArgumentException("null");
            }
            return line;
        }
        List<String> fields = CsvLine.fields(text);
        if (fields.size() < 3 || fields.size() > 4) {
            throw new IllegalArgumentException("fields");
        }
        return new RemovalLine(fields.get(0).strip(), fields.get(1).strip(), fields.get(2).strip(),
                fields.size() == 4 && !fields.get(3).isBlank() ? fields.get(3).strip() : null);
    }

    private static boolean isHeader(String text) {
        return text.strip().toLowerCase().startsWith("packagename");
    }

    private static boolean claimKey(Connection connection, UUID uploadId, String storeCode, String uploadKey)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO proactive_removal_upload (id, store_code, upload_key) VALUES (?, ?, ?)
                ON CONFLICT (store_code, upload_key) DO NOTHING""")) {
            insert.setObject(1, uploadId);
            insert.setString(2, storeCode);
            insert.setString(3, uploadKey);
            return insert.executeUpdate() == 1;
        }
    }

    private static void record(Connection connection, UploadView upload, String fingerprint) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE proactive_removal_upload SET fingerprint = ?, removals = ?, first_removed_at = ?,
                    last_removed_at = ?, uploaded_at = ? WHERE id = ?""")) {
            update.setString(1, fingerprint);
            update.setLong(2, upload.removals());
            update.setTimestamp(3, Timestamp.from(upload.firstRemovedAt()));
            update.setTimestamp(4, Timestamp.from(upload.lastRemovedAt()));
            update.setTimestamp(5, Timestamp.from(upload.uploadedAt()));
            update.setObject(6, upload.id());
            update.executeUpdate();
        }
    }

    private static UploadView replay(Connection connection, String storeCode, String uploadKey, String fingerprint,
            String legacyFingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, fingerprint, removals, first_removed_at, last_removed_at, uploaded_at
                FROM proactive_removal_upload WHERE store_code = ? AND upload_key = ?""")) {
            select.setString(1, storeCode);
            select.setString(2, uploadKey);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                String stored = row.getString(2);
                boolean recordedByAnEarlierVersion = legacyFingerprint != null && legacyFingerprint.equals(stored);
                IdempotencyKey.replay(uploadKey, recordedByAnEarlierVersion ? stored : fingerprint, stored, () -> null);
                return new UploadView(row.getObject(1, UUID.class), storeCode, uploadKey, row.getLong(3),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant(),
                        row.getTimestamp(6).toInstant());
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) != -1) {
            // Only the digest of the body matters.
        }
    }
}
