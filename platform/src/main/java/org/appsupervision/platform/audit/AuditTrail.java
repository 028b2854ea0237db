package org.appsupervision.platform.audit;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads this service's audit trail for auditors and checks its hash chain from the first record to the last. */
@ApplicationScoped
@IfBuildProperty(name = "supervision.audit-trail.enabled", stringValue = "true", enableIfMissing = true)
public class AuditTrail {

    private static final int VERIFY_PAGE = 5000;

    /** What a page of the trail looks like; {@code next} is the cursor of the following page, if any. */
    public record Page(List<AuditEntry> entries, Long next) {
    }

    /** The result of walking the chain: where it first breaks and why, if it does. */
    public record Verification(boolean intact, long sealed, long unsealed, Long brokenAtChainSeq, String reason,
            String headHash) {
    }

    /** Which records to show: all filters optional; newest first, below the {@code before} cursor. */
    public record Query(String table, String rowKey, String actor, Long before, int limit) {
    }

    private final DataSource dataSource;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public Page page(Query query) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + AuditRows.COLUMNS + """
                         FROM audit_trail
                        WHERE (?::text IS NULL OR table_name = ?) AND (?::text IS NULL OR row_key = ?)
                          AND (?::text IS NULL OR actor = ?) AND (?::bigint IS NULL OR seq < ?)
                        ORDER BY seq DESC LIMIT ?""")) {
            bindTwice(select, 1, query.table());
            bindTwice(select, 3, query.rowKey());
            bindTwice(select, 5, query.actor());
            select.setObject(7, query.before(), java.sql.Types.BIGINT);
            select.setObject(8, query.before(), java.sql.Types.BIGINT);
            select.setInt(9, query.limit() + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(AuditRows.read(rows));
                }
            }
        }
        if (entries.size() <= query.limit()) {
            return new Page(entries, null);
        }
        List<AuditEntry> shown = entries.subList(0, query.limit());
        return new Page(List.copyOf(shown), shown.get(shown.size() - 1).seq());
    }

    @Transactional
    public Verification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long unsealed = count(connection, "SELECT count(*) FROM audit_trail WHERE chain_seq IS NULL");
            String previous = AuditHash.GENESIS;
            long position = 0;
            while (true) {
                List<AuditEntry> page = sealedAfter(connection, position);
                for (AuditEntry entry : page) {
                    String broken = brokenLink(entry, position + 1, previous);
                    if (broken != null) {
                        return new Verification(false, position, unsealed, position + 1, broken, previous);
                    }
                    position = entry.chainSeq();
                    previous = entry.hash();
                }
                if (page.size() < VERIFY_PAGE) {
                    return new Verification(true, position, unsealed, null, null, previous);
                }
            }
        }
    }

    private static String brokenLink(AuditEntry entry, long expectedPosition, String previousHash) {
        if (entry.chainSeq() != expectedPosition) {
            return "chain position " + expectedPosition + " is missing";
        }
        if (!previousHash.equals(entry.prevHash())) {
            return "record " + entry.seq() + " does not follow its predecessor";
        }
        if (!entry.linkTo(previousHash, expectedPosition).equals(entry.hash())) {
            return "record " + entry.seq() + " was changed after it was sealed";
        }
        return null;
    }

    private static List<AuditEntry> sealedAfter(Connection connection, long position) throws SQLException {
        List<AuditEntry> page = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AuditRows.COLUMNS
                + " FROM audit_trail WHERE chain_seq > ? ORDER BY chain_seq LIMIT " + VERIFY_PAGE)) {
            select.setLong(1, position);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(AuditRows.read(rows));
                }
            }
        }
        return page;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void bindTwice(PreparedStatement statement, int first, String value) throws SQLException {
        statement.setString(first, value);
        statement.setString(first + 1, value);
    }
}
