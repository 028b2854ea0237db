package org.appsupervision.notice.finding.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLine.ObservedFlow;

/**
 * The observed data flows of one bulk write, kept with the ids their findings got and written to finding_flow in the
 * write's transaction once the findings are in; a write whose lines name none (every CSV file) writes nothing here.
 */
final class ObservedFlows {

    private static final int BATCH = 1000;

    private record Row(long findingId, int position, UUID batchId, String packageName, String appVersion,
            ObservedFlow flow) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Keeps the flows of a line whose finding got {@code findingId}. */
    void add(long findingId, UUID batchId, FindingLine line) {
        List<ObservedFlow> flows = line.observedFlows();
        if (flows == null) {
            return;
        }
        for (int i = 0; i < flows.size(); i++) {
            rows.add(new Row(findingId, i, batchId, line.packageName(), line.version().strip(), flows.get(i)));
        }
    }

    void write(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO finding_flow (finding_id, position, "
                + "batch_id, package_name, app_version, activity, kind, recipient) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Row row : rows) {
                insert.setLong(1, row.findingId());
                insert.setInt(2, row.position());
                insert.setObject(3, row.batchId());
                insert.setString(4, row.packageName());
                insert.setString(5, row.appVersion());
                insert.setString(6, row.flow().activity());
                insert.setString(7, row.flow().kind());
                insert.setString(8, row.flow().recipient() == null ? null : row.flow().recipient().strip());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        rows.clear();
    }
}
