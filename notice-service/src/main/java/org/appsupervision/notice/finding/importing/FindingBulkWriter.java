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
            Load load = new Load(jobId);
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
                Result result = stageAndWrite(connection, batchId, source, progress, load);
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

    /** The COPY of one write and, for a big load, the thread that writes its apps meanwhile. */
    private static final class Load {

        final UUID jobId;
        FindingCopy copy;
        AppWriter apps;
        final ObservedFlows flows = new ObservedFlows();
        final FindingSdks sdks = new FindingSdks();

        /** Keeps the optional extras (observed flows, SDK) of a line whose finding got {@code id}. */
        void extras(long id, UUID batchId, FindingLine line) {
            flows.add(id, batchId, line);
            sdks.add(id, batchId, line);
        }

        Load(UUID jobId) {
            this.jobId = jobId;
        }

        /** Stops the COPY and the app writer after a bad line or a failure. */
        void abandon(Throwable cause) {
            if (apps != null) {
                apps.stop();
                apps = null;
            }
            if (copy != null) {
                try {
                    copy.cancel();
                } catch (SQLException cancelFailed) {
                    cause.addSuppressed(cancelFailed);
                }
            }
        }

        void ended(boolean committed) {
            if (apps != null) {
                apps.stop();
            }
            if (copy != null) {
                copy.ended(committed);
                try {
                    copy.close();
                } catch (SQLException e) {
                    LOG.warn("Could not close the connection of a load", e);
                }
            }
        }
    }

    private Result stageAndWrite(Connection connection, UUID batchId, FindingSource source, ImportProgress progress,
            Load load) throws IOException, SQLException {
        FindingLineCheck check = new FindingLineCheck(codes(connection, "SELECT code FROM problem_kind WHERE active"),
                codes(connection, "SELECT code FROM province"), clock.instant(),
                codes(connection, "SELECT code FROM personal_info_kind"), SdkCatalog.read(connection));
        load.sdks.use(check.sdks());
        List<FieldError> errors = new ArrayList<>();
        FindingApps apps = new FindingApps();
        source.checkWith(check, apps);
        List<FindingLine> head = new ArrayList<>();
        long started = System.nanoTime();
        FindingSource.Parsed parsed;
        while ((parsed = source.next()) != null) {
            progress.linesRead.incrementAndGet();
            CheckedRow checked = parsed.checked();
            FindingLine line = parsed.line();
            List<String> why = checked != null ? List.of()
                    : line == null ? List.of(parsed.unreadable()) : check.problems(line);
            if (!why.isEmpty()) {
                progress.badLines.incrementAndGet();
                if (errors.size() < REPORTED_BAD_LINES) {
                    errors.add(new FieldError("line " + parsed.lineNumber(), String.join("; ", why)));
                }
                if (load.copy != null) {
                    load.abandon(new IllegalStateException("bad line"));
                    load.ended(false);
                    load.copy = null;
                }
                head.clear();
            } else if (errors.isEmpty()) {
                progress.linesStaged.incrementAndGet();
                if (checked != null) {
                    checked.addTo(apps);
                } else {
                    apps.add(line);
                }
                if (load.copy != null) {
                    if (checked != null) {
                        load.copy.add(checked);
                    } else {
                        load.extras(load.copy.add(line), batchId, line);
                    }
                    if (apps.untaken() >= APPS_CHUNK) {
                        load.apps.write(apps.takeChunk());
                    }
                } else if (head.add(checked != null ? checked.line() : line) && head.size() == OWN_PARTITION_FROM) {
                    load.copy = FindingCopy.intoOwnPartition(dataSource, batchId, load.jobId);
                    load.apps = new AppWriter(connection);
                    addAll(load.copy, head, load, batchId);
                }
            }
        }
        if (!errors.isEmpty() || progress.linesRead.get() == 0) {
            if (errors.isEmpty()) {
                errors.add(new FieldError("line 1", "the file holds no findings"));
                progress.badLines.incrementAndGet();
            }
            return new Result(0, progress.badLines.get(), errors, List.of());
        }
        if (load.copy == null) {
            load.copy = FindingCopy.intoEntered(connection, batchId, head.size());
            addAll(load.copy, head, load, batchId);
        }
        long written = load.copy.finish();
        long copied = System.nanoTime();
        progress.phase = "WRITING";
        if (load.apps != null) {
            load.apps.write(apps.takeChunk());
        }
        load.copy.buildIndexes();
        long indexed = System.nanoTime();
        long appsWritten;
        if (load.apps != null) {
            load.apps.drain();
            appsWritten = load.apps.lastWritten();
            load.apps = null;
        } else {
            AppStatements.write(connection, apps.takeChunk());
            appsWritten = System.nanoTime();
        }
        long attaching = System.nanoTime();
        try (PreparedStatement count = connection.prepareStatement(
                "UPDATE detection_batch SET finding_count = finding_count + ? WHERE id = ?")) {
            count.setLong(1, written);
            count.setObject(2, batchId);
            count.executeUpdate();
        }
        if (written != progress.linesStaged.get()) {
            throw new IllegalStateException("the COPY wrote " + written + " findings of " + progress.linesStaged.get());
        }
        load.copy.attach(connection);
        load.flows.write(connection);
        load.sdks.write(connection);
        progress.linesWritten.set(written);
        LOG.infof("Findings of batch %s: %d lines read, checked and copied in %.2f s; indexes built in %.2f s; "
                + "%d apps written by %.2f s after the copy; attached in %.2f s", batchId, written,
                (copied - started) / 1e9, (indexed - copied) / 1e9, apps.size(), (appsWritten - copied) / 1e9,
                (System.nanoTime() - attaching) / 1e9);
        return new Result(written, 0, List.of(), load.copy.enteredIds());
    }

    /** Drops the loads left unattached by failed writes or stopped instances; answers how many. */
    public int dropAbandonedLoads() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return FindingCopy.dropAbandoned(connection);
        }
    }

    private static void addAll(FindingCopy copy, List<FindingLine> lines, Load load, UUID batchId)
            throws SQLException {
        for (FindingLine line : lines) {
            load.extras(copy.add(line), batchId, line);
        }
        lines.clear();
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
