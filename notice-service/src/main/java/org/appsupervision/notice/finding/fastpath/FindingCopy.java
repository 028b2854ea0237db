package org.appsupervision.notice.finding.fastpath;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/**
 * The binary COPY of one bulk write's findings. A few go into the shared partition of entered findings, on the
 * write's own connection and in its transaction (ids from the sequence, indexes updated as rows arrive). A big load
 * goes into a table of its own on a second connection (see V6__finding_partitions): filled without indexes, its
 * indexes then built once, and committed there while the write's transaction adds the apps; the write's transaction
 * then attaches it as a partition of finding, so the findings appear with the apps, all at once or not at all. Until
 * it is attached a load is listed in finding_load, so that one left behind by a failure is dropped (see
 * {@link #dropAbandoned}).
 */
public final class FindingCopy implements AutoCloseable {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(FindingCopy.class);
    /** The ids of one load: load k owns k * LOAD_SPAN up to (k + 1) * LOAD_SPAN. */
    static final long LOAD_SPAN = 1L << 40;
    private static final int FLUSH_BYTES = 1 << 18;
    private static final String COLUMNS = "batch_id, package_name, app_version, source_store, problem_codes, evidence, "
            + "evidence_refs, detected_at";
    /** Memory for sorting while the load's indexes are built; a 1,000,000-finding load sorts in about 100 MB. */
    private static final String INDEX_BUILD_MEMORY = "256MB";

    private final CopyIn copy;
    private final CopySender sender;
    private final Connection loader;
    private final String partition;
    private final long firstId;
    private long nextId;
    private long[] enteredIds;
    private int enteredCount;
    private final UUID batch;
    private final CopyBinary rows = new CopyBinary(FLUSH_BYTES + (FLUSH_BYTES >> 2));
    private boolean committed;
    private boolean attached;

    private FindingCopy(CopyIn copy, Connection loader, String partition, long firstId, UUID batchId) {
        this.copy = copy;
        this.sender = new CopySender(copy);
        this.loader = loader;
        this.partition = partition;
        this.firstId = firstId;
        this.nextId = firstId;
        this.batch = batchId;
        rows.header();
    }

    /**
     * Findings entered a few at a time: through the partitioned table into the shared partition, with {@code count}
     * ids taken from the sequence first, so that the write can answer which id each finding got.
     */
    public static FindingCopy intoEntered(Connection connection, UUID batchId, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT nextval('finding_id_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet rows = next.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
        }
        java.util.Arrays.sort(ids);
        CopyIn copy = copyApi(connection).copyIn("COPY finding (id, " + COLUMNS + ") FROM STDIN (FORMAT binary)");
        FindingCopy entered = new FindingCopy(copy, null, null, -1, batchId);
        entered.enteredIds = ids;
        return entered;
    }

    /** The ids of entered findings in the order they were added (none for a load of its own). */
    public List<Long> enteredIds() {
        return enteredIds == null ? List.of() : java.util.Arrays.stream(enteredIds, 0, enteredCount).boxed().toList();
    }

    /**
     * A big load: a new table with the load's id range, on a connection of its own, listed in finding_load and
     * filled by COPY FREEZE (it was created in the same transaction). Its batch is a constraint too, so a query for
     * another batch's findings skips the table without reading it.
     */
    public static FindingCopy intoOwnPartition(DataSource dataSource, UUID batchId, UUID jobId) throws SQLException {
        Connection loader = dataSource.getConnection();
        try {
            loader.setAutoCommit(false);
            long load;
            try (Statement statement = loader.createStatement();
                    ResultSet next = statement.executeQuery("SELECT nextval('finding_load_seq')")) {
                next.next();
                load = next.getLong(1);
            }
            String table = "finding_load_" + load;
            long first = load * LOAD_SPAN;
            try (Statement statement = loader.createStatement()) {
                statement.execute("CREATE TABLE " + table + " (LIKE finding, CONSTRAINT " + table + "_ids CHECK (id >= "
                        + first + " AND id < " + (first + LOAD_SPAN) + "), CONSTRAINT " + table + "_batch CHECK ("
                        + "batch_id = '" + batchId + "'))");
            }
            try (PreparedStatement listed = loader.prepareStatement(
                    "INSERT INTO finding_load (table_name, job_id) VALUES (?, ?)")) {
                listed.setString(1, table);
                listed.setObject(2, jobId);
                listed.executeUpdate();
            }
            CopyIn copy = copyApi(loader).copyIn("COPY " + table + " (id, " + COLUMNS
                    + ") FROM STDIN (FORMAT binary, FREEZE true)");
            return new FindingCopy(copy, loader, table, first, batchId);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(loader);
            loader.close();
            throw e;
        }
    }

    /** Adds a line and answers the id its finding gets. */
    public long add(FindingLine line) throws SQLException {
        long id = partition != null ? nextId : enteredIds[enteredCount];
        writeColumns(startRow(), line);
        endRow();
        return id;
    }

    /** The columns of a checked line from package_name to detected_at. */
    static void writeColumns(CopyBinary rows, FindingLine line) {
        rows.text(line.packageName()).text(line.version().strip()).text(line.sourceStore())
                .textArray(line.problems()).text(line.evidence())
                .textArray(line.references() == null ? List.of() : line.references())
                .timestamptz(FindingLineCheck.detectedAt(line.detectedAt()));
    }

    /** The same for a line its source checked and holds as bytes. */
    public void add(CheckedRow row) throws SQLException {
        row.writeColumns(startRow());
        endRow();
    }

    /** Starts a row: its id in a load's own partition, and the batch. */
    private CopyBinary startRow() {
        if (partition != null) {
            rows.row(9).bigint(nextId++);
        } else {
            rows.row(9).bigint(enteredIds[enteredCount++]);
        }
        return rows.uuid(batch);
    }

    private void endRow() throws SQLException {
        if (rows.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Abandons the COPY; the caller rolls its transaction back, and a load's own table goes with the loader's. */
    public void cancel() throws SQLException {
        sender.stop();
        if (copy.isActive()) {
            copy.cancelCopy();
        }
        if (loader != null) {
            loader.rollback();
        }
    }

    /** Ends the COPY and answers how many findings it wrote. */
    public long finish() throws SQLException {
        rows.trailer();
        flush();
        sender.drain();
        return copy.endCopy();
    }

    /**
     * For a load of its own: builds the table's indexes, one for each of finding's (primary key, app, batch), so that
     * attaching it finds them made, and commits the loader's transaction. Nothing to do for entered findings.
     */
    public void buildIndexes() throws SQLException {
        if (loader == null) {
            return;
        }
        try (Statement statement = loader.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '" + INDEX_BUILD_MEMORY + "'");
            statement.execute("ALTER TABLE " + partition + " ADD PRIMARY KEY (id)");
            statement.execute("CREATE INDEX " + partition + "_package ON " + partition + " (hashtext(package_name))");
            statement.execute("CREATE INDEX " + partition + "_batch ON " + partition + " USING brin (batch_id)");
        }
        loader.commit();
        committed = true;
    }

    /**
     * Makes a load a partition of finding, in the write's transaction (on {@code connection}); an index that finding
     * has and the load lacks is built now. Nothing to do for entered findings.
     */
    public void attach(Connection connection) throws SQLException {
        if (partition == null) {
            return;
        }
        // Taking the load off the list first locks its row, so a sweep that would drop it waits for this
        // transaction and then finds it gone (see dropAbandoned), or has dropped it already and this fails.
        try (PreparedStatement unlisted = connection.prepareStatement("DELETE FROM finding_load WHERE table_name = ?")) {
            unlisted.setString(1, partition);
            if (unlisted.executeUpdate() != 1) {
                throw new SQLException("the findings table " + partition + " was dropped before it could be attached");
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '" + INDEX_BUILD_MEMORY + "'");
            statement.execute("ALTER TABLE finding ATTACH PARTITION " + partition + " FOR VALUES FROM (" + firstId
                    + ") TO (" + (firstId + LOAD_SPAN) + ")");
        }
        attached = true;
    }

    /** The write's transaction has ended: drops a committed load that it did not attach. Closes the loader. */
    public void ended(boolean writeCommitted) {
        if (loader == null) {
            return;
        }
        try {
            if (committed && !(attached && writeCommitted)) {
                drop(loader, partition, "TRUE");
            } else if (!committed) {
                loader.rollback();
            }
        } catch (SQLException e) {
            LOG.warnf(e, "Could not drop the unattached load %s; the sweep will", partition);
        }
    }

    @Override
    public void close() throws SQLException {
        if (loader != null) {
            loader.close();
        }
    }

    /**
     * Drops the loads that a write left unattached when it failed or its instance stopped: those of jobs not running
     * (a spooled import's job may start reading before its row is stored, so only after ten minutes) and those
     * without a job (findings entered as a list) after an hour. Answers how many.
     */
    public static int dropAbandoned(Connection connection) throws SQLException {
        List<String> candidates = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM finding_load WHERE " + ABANDONED)) {
            while (rows.next()) {
                candidates.add(rows.getString(1));
            }
        }
        int dropped = 0;
        for (String table : candidates) {
            dropped += drop(connection, table, ABANDONED) ? 1 : 0;
        }
        return dropped;
    }

    /** Which listed loads are abandoned: their job is not running (see dropAbandoned). */
    private static final String ABANDONED = """
            NOT EXISTS (SELECT 1 FROM finding_import_job j WHERE j.id = finding_load.job_id AND j.status = 'RUNNING')
            AND finding_load.created_at < now() - CASE WHEN finding_load.job_id IS NULL THEN interval '1 hour'
                                                       ELSE interval '10 minutes' END""";

    /**
     * In one transaction: takes a load off the list if it is still listed and meets {@code condition}, then drops its
     * table unless it became a partition. A write attaching the load takes it off the list first, so the two never
     * both go ahead. Answers whether it dropped the load.
     */
    private static boolean drop(Connection connection, String table, String condition) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            boolean listed;
            try (PreparedStatement unlisted = connection.prepareStatement(
                    "DELETE FROM finding_load WHERE table_name = ? AND " + condition)) {
                unlisted.setString(1, table);
                listed = unlisted.executeUpdate() == 1;
            }
            if (listed) {
                boolean partition;
                try (PreparedStatement check = connection.prepareStatement(
                        "SELECT relispartition FROM pg_class WHERE relname = ? AND relkind = 'r'")) {
                    check.setString(1, table);
                    try (ResultSet found = check.executeQuery()) {
                        partition = !found.next() || found.getBoolean(1);
                    }
                }
                if (!partition) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DROP TABLE IF EXISTS " + table);
                    }
                }
            }
            connection.commit();
            return listed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback of a failed load's start failed", e);
        }
    }

    private void flush() throws SQLException {
        if (rows.size() > 0) {
            sender.send(rows.bytes(), rows.size());
            rows.clear();
        }
    }

    private static org.postgresql.copy.CopyManager copyApi(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }
}
