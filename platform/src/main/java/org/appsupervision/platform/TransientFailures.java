package org.appsupervision.platform;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/** Tells failures of the database itself, which pass, from failures of the event or its effect, which do not. */
public final class TransientFailures {

    /** SQL states of lost or refused connections, a server shutting down or starting, and lock conflicts. */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            String name = cause.getClass().getName();
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || (cause.getMessage() != null && cause.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
