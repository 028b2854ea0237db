package org.appsupervision.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Marks a transaction as one bulk operation, such as an import of a million findings and the apps they
 * name: the trail records it once, through the audited job that runs it, instead of row by row.
 */
public final class AuditBulk {

    private AuditBulk() {
    }

    /** Until the transaction ends, audited tables written on this connection leave no row records. */
    public static void declare(Connection connection, String operation) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('supervision.audit_bulk', ?, true)")) {
            statement.setString(1, operation);
            statement.execute();
        }
    }
}
