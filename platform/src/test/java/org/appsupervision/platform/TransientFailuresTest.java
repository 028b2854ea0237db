package org.appsupervision.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aLostOrRefusedConnectionIsTransientWhereverItIsWrapped() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new IllegalStateException("tx", new SQLException("shutdown", "57P01"))));
        assertTrue(TransientFailures.isTransient(new SQLTransientConnectionException("pool")));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void aBrokenRuleOrBadDataIsNotTransient() {
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("unknown store")));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("no state"))));
    }
}
