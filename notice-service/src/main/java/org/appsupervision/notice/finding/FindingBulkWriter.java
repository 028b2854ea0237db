package org.appsupervision.notice.finding;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes findings in bulk, all or nothing, in one transaction: every line is checked while the good ones
 * stream into the finding table with COPY; at the first bad line the COPY is abandoned and the rest is only
 * checked, so the answer lists every bad line and nothing is written. Otherwise the file's apps and
 * operators (held once per app in memory, never the findings) go through a staging table and
 * INSERT ... SELECT ... ON CONFLICT, and the transaction commits.
 */
@ApplicationScoped
public class FindingBulkWriter {

    /** How many bad lines a report lists; the count covers all of them. */
    public static final int REPORTED_BAD_LINES = 10_000;
    private static final int FLUSH_BYTES = 1 << 18;

    private static final Logger LOG = Logger.getLogger(FindingBulkWriter.class);

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();

    public FindingBulkWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The outcome: how many findings were written, or the bad lines (and then nothing was written). */
    public record Result(long written, long badLines, List<FieldError> errors) {
        public boolean rejected() {
            return badLines > 0;
        }
    }

    public Result write(UUID batchId, FindingSource source, ImportProgress progress) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Result result = stageAndWrite(connection, batchId, source, progress);
                if (result.rejected()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return result;
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private Result stageAndWrite(Connection connection, UUID batchId, FindingSource source, ImportProgress progress)
            throws IOException, SQLException {
        FindingLineCheck check = new FindingLineCheck(codes(connection, "SELECT code FROM problem_kind WHERE active"),
                codes(connection, "SELECT code FROM province"), clock.instant());
        List<FieldError> errors = new ArrayList<>();
        Map<String, String[]> apps = new LinkedHashMap<>();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                COPY finding (batch_id, package_name, app_version, source_store, problem_codes, evidence,
                              evidence_refs, detected_at) FROM STDIN (FORMAT text)""");
        String batch = batchId.toString();
        long started = System.nanoTime();
        CopyText row = new CopyText();
        StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
        FindingSource.Parsed parsed;
        while ((parsed = source.next()) != null) {
            progress.linesRead.incrementAndGet();
            FindingLine line = parsed.line();
            List<String> why = line == null ? List.of(parsed.unreadable()) : check.problems(line);
            if (!why.isEmpty()) {
                progress.badLines.incrementAndGet();
                if (errors.size() < REPORTED_BAD_LINES) {
                    errors.add(new FieldError("line " + parsed.lineNumber(), String.join("; ", why)));
                }
                continue;
            }
            if (errors.isEmpty()) {
                apps.computeIfAbsent(line.packageName(), p -> new String[] {line.appName().strip(),
                        line.operatorName().strip(), line.operatorCreditCode(),
                        FindingLineCheck.blankToNull(line.filingNumber())});
                buffer.append(row.begin().raw(batch).text(line.packageName()).text(line.version().strip())
                        .text(line.sourceStore()).array(line.problems()).text(line.evidence())
                        .array(line.references() == null ? List.of() : line.references())
                        .text(FindingLineCheck.detectedAtText(line.detectedAt())).end());
                progress.linesStaged.incrementAndGet();
                if (buffer.length() >= FLUSH_BYTES) {
                    flush(copy, buffer);
                }
            }
        }
        if (!errors.isEmpty() || progress.linesRead.get() == 0) {
            copy.cancelCopy();
            if (errors.isEmpty()) {
                errors.add(new FieldError("line 1", "the file holds no findings"));
                progress.badLines.incrementAndGet();
            }
            return new Result(0, progress.badLines.get(), errors);
        }
        flush(copy, buffer);
        long written = copy.endCopy();
        long copied = System.nanoTime();
        progress.phase = "WRITING";
        writeApps(connection, apps, row);
        progress.linesWritten.set(written);
        LOG.infof("Findings of batch %s: %d lines read, checked and copied in %.2f s; %d apps written in %.2f s",
                batchId, written, (copied - started) / 1e9, apps.size(), (System.nanoTime() - copied) / 1e9);
        return new Result(written, 0, List.of());
    }

    private static void flush(CopyIn copy, StringBuilder buffer) throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    /** The apps and operators of the file (first line wins), through a staging table, existing ones kept. */
    private static void writeApps(Connection connection, Map<String, String[]> apps, CopyText row)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE app_staging (package_name TEXT, app_name TEXT, operator_name TEXT,
                        operator_credit_code TEXT, filing_number TEXT) ON COMMIT DROP""");
            StringBuilder buffer = new StringBuilder();
            for (Map.Entry<String, String[]> app : apps.entrySet()) {
                String[] v = app.getValue();
                buffer.append(row.begin().text(app.getKey()).text(v[0]).text(v[1]).text(v[2]).text(v[3]).end());
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY app_staging FROM STDIN (FORMAT text)", new java.io.StringReader(buffer.toString()));
            statement.executeUpdate("""
                    INSERT INTO operator (credit_code, name, province_code)
                    SELECT DISTINCT ON (operator_credit_code) operator_credit_code, operator_name,
                           substr(operator_credit_code, 3, 2)
                    FROM app_staging ORDER BY operator_credit_code
                    ON CONFLICT (credit_code) DO NOTHING""");
            statement.executeUpdate("""
                    INSERT INTO app (package_name, name, operator_credit_code, filing_number)
                    SELECT package_name, app_name, operator_credit_code, filing_number FROM app_staging
                    ON CONFLICT (package_name) DO UPDATE SET filing_number = EXCLUDED.filing_number
                    WHERE app.filing_number IS NULL AND EXCLUDED.filing_number IS NOT NULL""");
        }
    }

    private static Set<String> codes(Connection connection, String query) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                codes.add(rows.getString(1).strip());
            }
        }
        return codes;
    }
}
