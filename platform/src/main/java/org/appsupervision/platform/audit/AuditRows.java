package org.appsupervision.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads audit records from JDBC result sets, in the one text form that the hashes are computed over. */
final class AuditRows {

    static final String COLUMNS = "seq, recorded_at, tx_id, actor, table_name, operation, row_key, "
            + "before::text, after::text, chain_seq, prev_hash, hash";

    private AuditRows() {
    }

    static AuditEntry read(ResultSet row) throws SQLException {
        long chainSeq = row.getLong(10);
        // Asked at once: wasNull() answers for the column read last, and a deleted row's "after" is NULL too.
        Long sealedAt = row.wasNull() ? null : chainSeq;
        return new AuditEntry(row.getLong(1), row.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                row.getLong(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8), row.getString(9), sealedAt, row.getString(11),
                row.getString(12));
    }
}
