package org.appsupervision.notice.finding.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.SdkCatalog;

/**
 * The SDKs named by the findings of one bulk write, kept with the ids their findings got and written in the write's
 * transaction once the findings are in (like ObservedFlows): each to finding_sdk, its app version's embedding to
 * app_sdk, and a version the registry does not know yet to the SDK's versions. A write whose lines name no SDK
 * writes nothing here.
 */
final class FindingSdks {

    private static final int BATCH = 1000;

    private record Row(long findingId, UUID batchId, String packageName, String appVersion, String sdk,
            String sdkVersion, String sdkPackage) {
    }

    private final List<Row> rows = new ArrayList<>();
    private SdkCatalog catalog = SdkCatalog.EMPTY;

    void use(SdkCatalog catalog) {
        this.catalog = catalog;
    }

    /** Keeps the SDK of a good line whose finding got {@code findingId}. */
    void add(long findingId, UUID batchId, FindingLine line) {
        if (!line.namesSdk()) {
            return;
        }
        rows.add(new Row(findingId, batchId, line.packageName(), line.version().strip(), catalog.sdkOf(line),
                line.sdkVersion() == null ? null : line.sdkVersion().strip(),
                line.sdkPackage() == null ? null : line.sdkPackage().strip()));
    }

    void write(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO finding_sdk (finding_id, batch_id, "
                + "package_name, app_version, sdk_code, sdk_version, sdk_package) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Row row : rows) {
                insert.setLong(1, row.findingId());
                insert.setObject(2, row.batchId());
                insert.setString(3, row.packageName());
                insert.setString(4, row.appVersion());
                insert.setString(5, row.sdk());
                insert.setString(6, row.sdkVersion());
                insert.setString(7, row.sdkPackage());
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
        Array ids = connection.createArrayOf("bigint", rows.stream().map(Row::findingId).toArray(Long[]::new));
        try (PreparedStatement versions = connection.prepareStatement("""
                INSERT INTO sdk_version (sdk_code, version)
                SELECT DISTINCT sdk_code, sdk_version FROM finding_sdk
                WHERE finding_id = ANY (?) AND sdk_version IS NOT NULL
                ON CONFLICT DO NOTHING""");
                PreparedStatement embeddings = connection.prepareStatement("""
                INSERT INTO app_sdk (package_name, app_version, sdk_code, sdk_version, source, last_seen)
                SELECT fs.package_name, fs.app_version, fs.sdk_code, coalesce(fs.sdk_version, ''), 'FINDING',
                       max(f.detected_at)
                FROM finding_sdk fs JOIN finding f ON f.id = fs.finding_id
                WHERE fs.finding_id = ANY (?)
                GROUP BY 1, 2, 3, 4
                ON CONFLICT (package_name, app_version, sdk_code, sdk_version, source)
                DO UPDATE SET last_seen = greatest(app_sdk.last_seen, EXCLUDED.last_seen)""")) {
            versions.setArray(1, ids);
            versions.executeUpdate();
            embeddings.setArray(1, ids);
            embeddings.executeUpdate();
        }
        rows.clear();
    }
}
