package org.appsupervision.notice.finding.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.platform.audit.AuditBulk;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.jboss.logging.Logger;
import org.appsupervision.notice.finding.fastpath.AppStatements;
import org.appsupervision.notice.finding.fastpath.AppWriter;
import org.appsupervision.notice.finding.fastpath.CheckedRow;
import org.appsupervision.notice.finding.fastpath.FindingApps;
import org.appsupervision.notice.finding.fastpath.FindingCopy;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;
import org.appsupervision.notice.finding.line.SdkCatalog;

/**
 * Writes findings in bulk, all or nothing, in one transaction: every line is checked while the good ones stream
 * into the finding table with COPY (see FindingCopy); at the first bad line the COPY is abandoned and the rest is
 * only checked, so the answer lists every bad line and nothing is written; otherwise the file's apps and operators
 * are written and the transaction commits.
 */
@ApplicationScoped
public class FindingBulkWriter {

    /** How many bad lines a report lists; the count covers all of them. */
    public static final int REPORTED_BAD_LINES = 10_000;
    /** From this many good lines on, a write gets a partition of its own; fewer go into the shared one. */
    static final int OWN_PARTITION_FROM = 10_000;
    /** How many new apps of a big load go to the database together while its findings are still being read. */
    static final int APPS_CHUNK = 10_000;

    private static final Logger LOG = Logger.getLogger(FindingBulkWriter.class);

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();

    public FindingBulkWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The outcome: how many findings were written (and for findings entered a few at a time, their ids in the order
     * of the lines), or the bad lines (and then nothing was written).
     */
    public record Result(long written, long badLines, List<FieldError> errors, List<Long> ids) {
        public boolean rejected() {
            return badLines > 0;
        }
    }

    /**
     * Writes the findings as {@code actor}. With an import job, the write is one bulk operation that the audit
     * trail records once, as that job, rather than app by app; without one (a few findings entered as JSON) the
     * apps and operators it adds are recorded row by row under the actor.
     */
    public Result write(UUID batchId, FindingSource source, ImportProgress progress, String actor, UUID jobId)
            throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            FindingLoad load = new FindingLoad(batchId, jobId);
            boolean committed = false;
            try {
                try (PreparedStatement audit = connection.prepareStatement(
                        "SELECT set_config('supervision.actor', ?, true)")) {
                    audit.setString(1, actor);
                    audit.execute();
                }
                if (jobId != null) {
                    AuditBulk.declare(connection, "findings import job " + jobId + " into batch " + batchId);
                }
                Result result = stageAndWrite(connection, source, progress, load);
                if (result.rejected()) {
                    connection.rollback();
                } else {
                    connection.commit();
                    committed = true;
                }
                return result;
            } catch (IOException | SQLException | RuntimeException | Error e) {
                load.abandon(e);
                throw e;
            } finally {
                // Rolled back before a load is dropped (its drop waits for the locks this transaction holds) and
                // before autocommit is switched on again, which would commit whatever is left.
                if (!committed) {
                    try {
                        connection.rollback();
                    } catch (SQLException | RuntimeException rollbackFailed) {
                        LOG.warn("Rollback of a failed findings write failed", rollbackFailed);
                    }
                }
                load.ended(committed);
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Checks every line and stages the good ones; if none was bad, writes what was staged: the findings, their apps,
     * the batch's count, and the extras once the findings are in.
     */
    private Result stageAndWrite(Connection connection, FindingSource source, ImportProgress progress, FindingLoad load)
            throws IOException, SQLException {
        FindingLineCheck check = lineCheck(connection);
        load.sdks.use(check.sdks());
        FindingApps apps = new FindingApps();
        source.checkWith(check, apps);
        long started = System.nanoTime();
        List<FieldError> errors = stageAll(connection, source, check, apps, progress, load);
        if (!errors.isEmpty() || progress.linesRead.get() == 0) {
            return rejected(errors, progress);
        }
        long written = finishCopy(connection, load);
        long copied = System.nanoTime();
        progress.phase = "WRITING";
        queueLastApps(apps, load);
        load.copy.buildIndexes();
        long indexed = System.nanoTime();
        long appsWritten = awaitApps(connection, apps, load);
        long attaching = System.nanoTime();
        countIntoBatch(connection, load.batchId, written);
        requireEveryStagedLineCopied(written, progress);
        attachWithExtras(connection, load);
        progress.linesWritten.set(written);
        LOG.infof("Findings of batch %s: %d lines read, checked and copied in %.2f s; indexes built in %.2f s; "
                + "%d apps written by %.2f s after the copy; attached in %.2f s", load.batchId, written,
                (copied - started) / 1e9, (indexed - copied) / 1e9, apps.size(), (appsWritten - copied) / 1e9,
                (System.nanoTime() - attaching) / 1e9);
        return new Result(written, 0, List.of(), load.copy.enteredIds());
    }

    /** The rules of a line, with the reference codes and the SDK registry as the write's transaction sees them. */
    private FindingLineCheck lineCheck(Connection connection) throws SQLException {
        return new FindingLineCheck(codes(connection, "SELECT code FROM problem_kind WHERE active"),
                codes(connection, "SELECT code FROM province"), clock.instant(),
                codes(connection, "SELECT code FROM personal_info_kind"), SdkCatalog.read(connection));
    }

    /**
     * Reads and checks every line. Until the first bad line the good ones are staged; from then on the staged ones
     * are dropped and lines are only checked, so that every bad line is counted. Answers the bad lines reported.
     */
    private List<FieldError> stageAll(Connection connection, FindingSource source, FindingLineCheck check,
            FindingApps apps, ImportProgress progress, FindingLoad load) throws IOException, SQLException {
        List<FieldError> errors = new ArrayList<>();
        FindingSource.Parsed parsed;
        while ((parsed = source.next()) != null) {
            progress.linesRead.incrementAndGet();
            List<String> why = problems(parsed, check);
            if (!why.isEmpty()) {
                progress.badLines.incrementAndGet();
                if (errors.size() < REPORTED_BAD_LINES) {
                    errors.add(new FieldError("line " + parsed.lineNumber(), String.join("; ", why)));
                }
                load.dropStaged();
            } else if (errors.isEmpty()) {
                progress.linesStaged.incrementAndGet();
                stage(connection, parsed, apps, load);
            }
        }
        return errors;
    }

    /** Why a line is bad: never for one its source checked already; the reason for one it could not read. */
    private static List<String> problems(FindingSource.Parsed parsed, FindingLineCheck check) {
        if (parsed.checked() != null) {
            return List.of();
        }
        return parsed.line() == null ? List.of(parsed.unreadable()) : check.problems(parsed.line());
    }

    /**
     * Stages a good line: keeps its app, and copies its finding, or holds the line back while the write is too
     * small for a partition of its own; the line that makes it big enough starts that partition's COPY.
     */
    private void stage(Connection connection, FindingSource.Parsed parsed, FindingApps apps, FindingLoad load)
            throws SQLException {
        CheckedRow checked = parsed.checked();
        FindingLine line = parsed.line();
        if (checked != null) {
            checked.addTo(apps);
        } else {
            apps.add(line);
        }
        if (load.copy != null) {
            if (checked != null) {
                load.copy.add(checked);
            } else {
                load.extras(load.copy.add(line), line);
            }
            if (apps.untaken() >= APPS_CHUNK) {
                load.apps.write(apps.takeChunk());
            }
        } else {
            load.held.add(checked != null ? checked.line() : line);
            if (load.held.size() == OWN_PARTITION_FROM) {
                startOwnPartition(connection, load);
            }
        }
    }

    /** A big load's COPY into a table of its own, begun with the lines held back, and the thread for its apps. */
    private void startOwnPartition(Connection connection, FindingLoad load) throws SQLException {
        load.copy = FindingCopy.intoOwnPartition(dataSource, load.batchId, load.jobId);
        load.apps = new AppWriter(connection);
        load.copyHeld();
    }

    /** The answer to a file with bad lines, or with no line at all (reported as its line 1); nothing was written. */
    private static Result rejected(List<FieldError> errors, ImportProgress progress) {
        if (errors.isEmpty()) {
            errors.add(new FieldError("line 1", "the file holds no findings"));
            progress.badLines.incrementAndGet();
        }
        return new Result(0, progress.badLines.get(), errors, List.of());
    }

    /**
     * Ends the COPY and answers how many findings it wrote; a small write's lines, all held back until now, are
     * copied first into the shared partition.
     */
    private static long finishCopy(Connection connection, FindingLoad load) throws SQLException {
        if (load.copy == null) {
            load.copy = FindingCopy.intoEntered(connection, load.batchId, load.held.size());
            load.copyHeld();
        }
        return load.copy.finish();
    }

    /** Hands a big load's last apps to its writer, which writes them while the load's indexes are built. */
    private static void queueLastApps(FindingApps apps, FindingLoad load) throws SQLException {
        if (load.apps != null) {
            load.apps.write(apps.takeChunk());
        }
    }

    /**
     * Waits until a big load's apps are written, or writes a small write's apps now, on the write's connection;
     * answers when the last of them were written, in {@link System#nanoTime()}.
     */
    private static long awaitApps(Connection connection, FindingApps apps, FindingLoad load) throws SQLException {
        if (load.apps == null) {
            AppStatements.write(connection, apps.takeChunk());
            return System.nanoTime();
        }
        load.apps.drain();
        long written = load.apps.lastWritten();
        load.apps = null;
        return written;
    }

    private static void countIntoBatch(Connection connection, UUID batchId, long written) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "UPDATE detection_batch SET finding_count = finding_count + ? WHERE id = ?")) {
            count.setLong(1, written);
            count.setObject(2, batchId);
            count.executeUpdate();
        }
    }

    private static void requireEveryStagedLineCopied(long written, ImportProgress progress) {
        if (written != progress.linesStaged.get()) {
            throw new IllegalStateException("the COPY wrote " + written + " findings of " + progress.linesStaged.get());
        }
    }

    /** Makes the findings part of finding (a big load's table becomes a partition), then writes their extras. */
    private static void attachWithExtras(Connection connection, FindingLoad load) throws SQLException {
        load.copy.attach(connection);
        load.flows.write(connection);
        load.sdks.write(connection);
    }

    /** Drops the loads left unattached by failed writes or stopped instances; answers how many. */
    public int dropAbandonedLoads() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return FindingCopy.dropAbandoned(connection);
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
