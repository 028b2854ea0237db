package org.appsupervision.notice.finding;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The binary COPY of one bulk write's findings: a few go into the shared partition of entered findings (ids from the
 * sequence, indexes updated as rows arrive); a big load goes into a partition of its own, written without
 * indexes and attached with them built once by sorting, in the same transaction (see V6__finding_partitions).
 */
final class FindingCopy {

    /** The ids of one load: load k owns k * LOAD_SPAN up to (k + 1) * LOAD_SPAN. */
    static final long LOAD_SPAN = 1L << 40;
    private static final int FLUSH_BYTES = 1 << 18;
    private static final String COLUMNS = "batch_id, package_name, app_version, source_store, problem_codes, evidence, "
            + "evidence_refs, detected_at";
    /** Memory for sorting while the load's indexes are built; a 1,000,000-finding load sorts in about 100 MB. */
    private static final String INDEX_BUILD_MEMORY = "256MB";

    private final CopyIn copy;
    private final CopySender sender;
    private final String partition;
    private final long firstId;
    private long nextId;
    private final UUID batch;
    private final CopyBinary rows = new CopyBinary(FLUSH_BYTES + (FLUSH_BYTES >> 2));

    private FindingCopy(CopyIn copy, String partition, long firstId, UUID batchId) {
        this.copy = copy;
        this.sender = new CopySender(copy);
        this.partition = partition;
        this.firstId = firstId;
        this.nextId = firstId;
        this.batch = batchId;
        rows.header();
    }

    /** Findings entered a few at a time: through the partitioned table into the shared partition. */
    static FindingCopy intoEntered(Connection connection, UUID batchId) throws SQLException {
        CopyIn copy = copyApi(connection).copyIn("COPY finding (" + COLUMNS + ") FROM STDIN (FORMAT binary)");
        return new FindingCopy(copy, null, -1, batchId);
    }

    /**
     * A big load: a new table with the load's id range, filled by COPY FREEZE (it was created in this transaction).
     * Its batch is a constraint too, so a query for another batch's findings skips the table without reading it.
     */
    static FindingCopy intoOwnPartition(Connection connection, UUID batchId) throws SQLException {
        long load;
        try (Statement statement = connection.createStatement();
                ResultSet next = statement.executeQuery("SELECT nextval('finding_load_seq')")) {
            next.next();
            load = next.getLong(1);
        }
        String table = "finding_load_" + load;
        long first = load * LOAD_SPAN;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (LIKE finding, CONSTRAINT " + table + "_ids CHECK (id >= "
                    + first + " AND id < " + (first + LOAD_SPAN) + "), CONSTRAINT " + table + "_batch CHECK (batch_id = '"
                    + batchId + "'))");
        }
        CopyIn copy = copyApi(connection).copyIn("COPY " + table + " (id, " + COLUMNS
                + ") FROM STDIN (FORMAT binary, FREEZE true)");
        return new FindingCopy(copy, table, first, batchId);
    }

    void add(FindingLine line) throws SQLException {
        if (partition != null) {
            rows.row(9).bigint(nextId++);
        } else {
            rows.row(8);
        }
        rows.uuid(batch).text(line.packageName()).text(line.version().strip()).text(line.sourceStore())
                .textArray(line.problems()).text(line.evidence())
                .textArray(line.references() == null ? List.of() : line.references())
                .timestamptz(FindingLineCheck.detectedAt(line.detectedAt()));
        if (rows.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Abandons the COPY; the caller rolls the transaction back, which also drops a load's own table. */
    void cancel() throws SQLException {
        sender.stop();
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** Ends the COPY and answers how many findings it wrote. */
    long finish() throws SQLException {
        rows.trailer();
        flush();
        sender.drain();
        return copy.endCopy();
    }

    /** Builds a load's indexes and makes it a partition of finding; nothing to do for entered findings. */
    void attach(Connection connection) throws SQLException {
        if (partition == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '" + INDEX_BUILD_MEMORY + "'");
            statement.execute("ALTER TABLE finding ATTACH PARTITION " + partition + " FOR VALUES FROM (" + firstId
                    + ") TO (" + (firstId + LOAD_SPAN) + ")");
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
