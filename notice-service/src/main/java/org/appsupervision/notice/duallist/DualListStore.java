package org.appsupervision.notice.duallist;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.appsupervision.notice.duallist.DualListRequest.Collected;
import org.appsupervision.notice.duallist.DualListRequest.Shared;
import org.appsupervision.platform.problem.ProblemException;

/** The dual lists in the database: list versions and their rows, read and written with SQL in the caller's transaction. */
@ApplicationScoped
public class DualListStore {

    private static final String LIST_COLUMNS = "l.id, l.package_name, a.name, l.app_version, l.version, l.status, "
            + "l.updated_by, l.updated_at, l.published_by, l.published_at";

    private final DataSource dataSource;

    public DualListStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One list version with its rows. */
    public Optional<DualListView> find(UUID id) {
        List<DualListView> found = lists("WHERE l.id = ?", id);
        return found.stream().findFirst();
    }

    /** The open draft of an app version, locked for the change, if there is one. */
    public Optional<UUID> draftOf(String packageName, String appVersion) {
        return sql(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM dual_list WHERE package_name = ? AND "
                    + "app_version = ? AND status = 'DRAFT' FOR UPDATE")) {
                s.setString(1, packageName);
                s.setString(2, appVersion);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of((UUID) r.getObject(1)) : Optional.empty();
                }
            }
        });
    }

    /** Opens a new draft: the next version number of the app version. */
    public UUID insertDraft(String packageName, String appVersion, String user, Instant now) {
        UUID id = UUID.randomUUID();
        sql(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dual_list (id, package_name, app_version, "
                    + "version, status, updated_by, updated_at) SELECT ?, ?, ?, coalesce(max(version), 0) + 1, 'DRAFT', ?, ? "
                    + "FROM dual_list WHERE package_name = ? AND app_version = ?")) {
                s.setObject(1, id);
                s.setString(2, packageName);
                s.setString(3, appVersion);
                s.setString(4, user);
                s.setTimestamp(5, Timestamp.from(now));
                s.setString(6, packageName);
                s.setString(7, appVersion);
                return s.executeUpdate();
            }
        });
        return id;
    }

    /** Replaces a draft's rows and stamps who changed it. */
    public void replaceRows(UUID id, List<Collected> collected, List<Shared> shared, String user, Instant now) {
        sql(c -> {
            try (PreparedStatement touch = c.prepareStatement(
                    "UPDATE dual_list SET updated_by = ?, updated_at = ? WHERE id = ? AND status = 'DRAFT'");
                    PreparedStatement clear = c.prepareStatement("DELETE FROM dual_list_entry WHERE list_id = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO dual_list_entry (list_id, list_kind, "
                            + "position, kind, purpose, scenario, recipient, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                touch.setString(1, user);
                touch.setTimestamp(2, Timestamp.from(now));
                touch.setObject(3, id);
                touch.executeUpdate();
                clear.setObject(1, id);
                clear.executeUpdate();
                for (int i = 0; i < collected.size(); i++) {
                    Collected row = collected.get(i);
                    addRow(insert, id, "COLLECTED", i, row.kind(), row.purpose(), row.scenario(), null, null);
                }
                for (int i = 0; i < shared.size(); i++) {
                    Shared row = shared.get(i);
                    addRow(insert, id, "SHARED", i, row.kind(), row.purpose(), row.scenario(), row.recipient(),
                            row.method());
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private static void addRow(PreparedStatement insert, UUID id, String listKind, int position, String kind,
            String purpose, String scenario, String recipient, String method) throws SQLException {
        insert.setObject(1, id);
        insert.setString(2, listKind);
        insert.setInt(3, position);
        insert.setString(4, kind.strip());
        insert.setString(5, purpose.strip());
        insert.setString(6, scenario.strip());
        insert.setString(7, recipient == null ? null : recipient.strip());
        insert.setString(8, method == null ? null : method.strip());
        insert.addBatch();
    }

    /** Publishes a draft; false if the list is not (or no longer) a draft. */
    public boolean publish(UUID id, String user, Instant now) {
        return sql(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE dual_list SET status = 'PUBLISHED', "
                    + "published_by = ?, published_at = ? WHERE id = ? AND status = 'DRAFT'")) {
                s.setString(1, user);
                s.setTimestamp(2, Timestamp.from(now));
                s.setObject(3, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Every list version of an app (drafts too), by app version and version, without rows. */
    public List<DualListView.Summary> history(String packageName) {
        return sql(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT l.id, l.app_version, l.version, l.status,
                           count(*) FILTER (WHERE e.list_kind = 'COLLECTED'), count(*) FILTER (WHERE e.list_kind = 'SHARED'),
                           l.updated_at, l.published_at
                    FROM dual_list l LEFT JOIN dual_list_entry e ON e.list_id = l.id
                    WHERE l.package_name = ? GROUP BY l.id ORDER BY l.app_version, l.version""")) {
                s.setString(1, packageName);
                List<DualListView.Summary> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new DualListView.Summary((UUID) r.getObject(1), r.getString(2), r.getInt(3),
                                r.getString(4), r.getInt(5), r.getInt(6), instant(r, 7), instant(r, 8)));
                    }
                }
                return rows;
            }
        });
    }

    /** The latest published list version of each app version of an app, with rows, by app version. */
    public Map<String, DualListView> latestPublished(String packageName) {
        Map<String, DualListView> latest = new LinkedHashMap<>();
        for (DualListView list : lists("WHERE l.package_name = ? AND l.status = 'PUBLISHED' AND l.version = ("
                + "SELECT max(p.version) FROM dual_list p WHERE p.package_name = l.package_name "
                + "AND p.app_version = l.app_version AND p.status = 'PUBLISHED')", packageName)) {
            latest.put(list.appVersion(), list);
        }
        return latest;
    }

    /**
     * The declared rows of the latest published list version of every app version of the given apps, keyed by
     * package name and app version ({@link #key}); an app version without a published list has no key.
     */
    public Map<String, List<DisclosureRule.Declared>> declared(List<String> packageNames) {
        return sql(c -> {
            Map<String, List<DisclosureRule.Declared>> declared = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT l.package_name, l.app_version, e.list_kind, e.kind, e.recipient
                    FROM dual_list l LEFT JOIN dual_list_entry e ON e.list_id = l.id
                    WHERE l.package_name = ANY (?) AND l.status = 'PUBLISHED'
                      AND l.version = (SELECT max(p.version) FROM dual_list p WHERE p.package_name = l.package_name
                                       AND p.app_version = l.app_version AND p.status = 'PUBLISHED')""")) {
                s.setArray(1, c.createArrayOf("text", packageNames.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        List<DisclosureRule.Declared> rows = declared.computeIfAbsent(key(r.getString(1),
                                r.getString(2)), k -> new ArrayList<>());
                        if (r.getString(3) != null) {
                            rows.add(new DisclosureRule.Declared(r.getString(3), r.getString(4), r.getString(5)));
                        }
                    }
                }
            }
            return declared;
        });
    }

    static String key(String packageName, String appVersion) {
        return packageName + "\n" + appVersion;
    }

    private List<DualListView> lists(String where, Object key) {
        return sql(c -> {
            Map<UUID, DualListView> lists = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + LIST_COLUMNS
                    + " FROM dual_list l JOIN app a ON a.package_name = l.package_name " + where
                    + " ORDER BY l.app_version, l.version")) {
                s.setObject(1, key);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID id = (UUID) r.getObject(1);
                        lists.put(id, new DualListView(id, r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                                r.getString(6), r.getString(7), instant(r, 8), r.getString(9), instant(r, 10),
                                new ArrayList<>(), new ArrayList<>()));
                    }
                }
            }
            if (lists.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT list_id, list_kind, kind, purpose, scenario, "
                    + "recipient, method FROM dual_list_entry WHERE list_id = ANY (?) ORDER BY list_id, list_kind, position")) {
                s.setArray(1, c.createArrayOf("uuid", lists.keySet().toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        DualListView list = lists.get((UUID) r.getObject(1));
                        if ("COLLECTED".equals(r.getString(2))) {
                            list.collected().add(new Collected(r.getString(3), r.getString(4), r.getString(5)));
                        } else {
                            list.shared().add(new Shared(r.getString(6), r.getString(3), r.getString(4),
                                    r.getString(5), r.getString(7)));
                        }
                    }
                }
            }
            return lists.values().stream().map(l -> new DualListView(l.id(), l.packageName(), l.appName(),
                    l.appVersion(), l.version(), l.status(), l.updatedBy(), l.updatedAt(), l.publishedBy(),
                    l.publishedAt(), List.copyOf(l.collected()), List.copyOf(l.shared()))).toList();
        });
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Work on a connection of the current transaction. */
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    <T> T sql(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState()) || "23001".equals(e.getSQLState())) {
                // Two changes of the same app version's list at once, or a change of a list published meanwhile.
                throw ProblemException.conflict("The dual list changed meanwhile; read it and send the change again");
            }
            throw new IllegalStateException("Dual list query failed", e);
        }
    }
}
