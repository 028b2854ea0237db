package org.appsupervision.gateway.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2021-11-03T08:00:00.123456Z");

    @Test
    void theHashDependsOnThePreviousHashAndEveryField() {
        String base = AuditChain.hash(AuditChain.GENESIS, 1, AT, "LOGIN_FAILED", "wang", "wang", "10.0.0.1", "x");
        assertEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, AT, "LOGIN_FAILED", "wang", "wang", "10.0.0.1", "x"));
        assertNotEquals(base, AuditChain.hash("1".repeat(64), 1, AT, "LOGIN_FAILED", "wang", "wang", "10.0.0.1", "x"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 2, AT, "LOGIN_FAILED", "wang", "wang", "10.0.0.1", "x"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, AT.plusNanos(1000), "LOGIN_FAILED", "wang", "wang",
                "10.0.0.1", "x"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, AT, "LOGIN_FAILED", "li", "wang", "10.0.0.1", "x"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, AT, "LOGIN_FAILED", "wang", "wang", null, "x"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, AT, "LOGIN_FAILED", "wang", "wang", "10.0.0.1", ""));
    }

    @Test
    void recordsSealedBeforeTheRuleMovedToThePlatformStillVerify() {
        assertEquals("b57955792dd00aa086587145851083da08fb54f6b7f9b956f647b574dafdd473",
                AuditChain.hash(AuditChain.GENESIS, 1, AT, "LOGIN_FAILED", "wang", "wang", null, "x"));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, 1, AT, "A", "bc", null, null, null),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, "Ab", "c", null, null, null));
    }
}
