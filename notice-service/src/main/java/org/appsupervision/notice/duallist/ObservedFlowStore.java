package org.appsupervision.notice.duallist;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the data flows findings observed (finding_flow) and the declared rows they are judged against. */
@ApplicationScoped
public class ObservedFlowStore {

    /** A stored flow of a finding, with the finding's app version and when it was detected. */
    public record Flow(long findingId, int position, UUID batchId, String packageName, String appVersion,
            Instant detectedAt, String activity, String kind, String recipient) {
    }

    private final DualListStore store;

    public ObservedFlowStore(DualListStore store) {
        this.store = store;
    }

    /**
     * The flows of an app's findings, by app version and finding; {@code readerProvince} (a bureau reader's) keeps
     * those of the ministry's and that province's batches, like the findings themselves.
     */
    public List<Flow> ofApp(String packageName, String readerProvince) {
        return read("""
                SELECT ff.finding_id, ff.position, ff.batch_id, ff.package_name, ff.app_version, f.detected_at,
                       ff.activity, ff.kind, ff.recipient
                FROM finding_flow ff JOIN finding f ON f.id = ff.finding_id
                WHERE ff.package_name = ?
                  AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM detection_batch b WHERE b.id = ff.batch_id
                       AND (b.province_code IS NULL OR b.province_code = ?)))
                ORDER BY ff.app_version, ff.finding_id, ff.position""", packageName, readerProvince, readerProvince);
    }

    /** The flows of the given findings, in finding and position order. */
    public List<Flow> ofFindings(List<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        return read("""
                SELECT ff.finding_id, ff.position, ff.batch_id, ff.package_name, ff.app_version, NULL,
                       ff.activity, ff.kind, ff.recipient
                FROM finding_flow ff WHERE ff.finding_id = ANY (?) ORDER BY ff.finding_id, ff.position""",
                (Object) findingIds.toArray(Long[]::new));
    }

    /** The app versions of an app with findings, newest detection first. */
    public List<String> versionsWithFindings(String packageName) {
        return store.sql(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT app_version FROM finding WHERE package_name = ? "
                    + "GROUP BY app_version ORDER BY max(detected_at) DESC")) {
                s.setString(1, packageName);
                List<String> versions = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        versions.add(r.getString(1));
                    }
                }
                return versions;
            }
        });
    }

    private List<Flow> read(String query, Object... parameters) {
        return store.sql(c -> {
            try (PreparedStatement s = c.prepareStatement(query)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof Long[] ids) {
                        s.setArray(i + 1, c.createArrayOf("bigint", ids));
                    } else {
                        s.setObject(i + 1, parameters[i], java.sql.Types.VARCHAR);
                    }
                }
                List<Flow> flows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        flows.add(new Flow(r.getLong(1), r.getInt(2), (UUID) r.getObject(3), r.getString(4),
                                r.getString(5), DualListStore.instant(r, 6), r.getString(7), r.getString(8),
                                r.getString(9)));
                    }
                }
                return flows;
            }
        });
    }
}
