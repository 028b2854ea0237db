package org.appsupervision.platform.audit;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Chains committed audit records in the order it finds them: each gets the next chain position, its
 * predecessor's hash and its own. One replica seals at a time (an advisory lock), so the chain never forks.
 */
@ApplicationScoped
@IfBuildProperty(name = "supervision.audit-trail.enabled", stringValue = "true", enableIfMissing = true)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final DataSource dataSource;
    private final AuditTrailConfig config;

    public AuditSealer(DataSource dataSource, AuditTrailConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(every = "${supervision.audit-trail.seal-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sealPending() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::sealBatch) == config.sealBatchSize()) {
                LOG.debug("Audit sealer continues with the next batch");
            }
        } catch (RuntimeException e) {
            LOG.warnf("Audit sealer will retry: %s", e.getMessage());
        }
    }

    /** Seals up to one batch of unsealed records; returns how many it sealed. */
    public int sealBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!sealerLock(connection)) {
                return 0;
            }
            List<AuditEntry> pending = unsealed(connection);
            if (pending.isEmpty()) {
                return 0;
            }
            long position;
            String previous;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT chain_seq, hash FROM audit_trail WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1");
                    ResultSet row = head.executeQuery()) {
                position = row.next() ? row.getLong(1) : 0;
                previous = position == 0 ? AuditHash.GENESIS : row.getString(2);
            }
            try (PreparedStatement seal = connection.prepareStatement(
                    "UPDATE audit_trail SET chain_seq = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (AuditEntry entry : pending) {
                    position++;
                    String hash = entry.linkTo(previous, position);
                    seal.setLong(1, position);
                    seal.setString(2, previous);
                    seal.setString(3, hash);
                    seal.setLong(4, entry.seq());
                    seal.addBatch();
                    previous = hash;
                }
                seal.executeBatch();
            }
            return pending.size();
        }
    }

    private static boolean sealerLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtext('audit_trail_sealer'))");
                ResultSet row = lock.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    private List<AuditEntry> unsealed(Connection connection) throws SQLException {
        List<AuditEntry> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AuditRows.COLUMNS
                + " FROM audit_trail WHERE chain_seq IS NULL ORDER BY seq LIMIT ?")) {
            select.setInt(1, config.sealBatchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(AuditRows.read(rows));
                }
            }
        }
        return pending;
    }
}
