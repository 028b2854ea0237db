package org.appsupervision.gateway.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutTest {

    private final Lockout lockout = new Lockout(3, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2021-11-03T08:00:00Z");

    @Test
    void theThirdConsecutiveFailureLocksForTheConfiguredTime() {
        Account account = new Account();
        assertFalse(lockout.fail(account, now));
        assertFalse(lockout.fail(account, now));
        assertTrue(lockout.fail(account, now));
        assertTrue(lockout.isLocked(account, now.plus(Duration.ofMinutes(14))));
        assertFalse(lockout.isLocked(account, now.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessResetsTheCount() {
        Account account = new Account();
        lockout.fail(account, now);
        lockout.fail(account, now);
        lockout.succeed(account);
        assertFalse(lockout.fail(account, now));
        assertFalse(lockout.isLocked(account, now));
    }
}
