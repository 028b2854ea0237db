package org.appsupervision.gateway.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule: after a number of consecutive failed logins an account refuses every password,
 * even the right one, for a while; a successful login or an admin's unlock resets the count.
 */
public record Lockout(int maxFailures, Duration duration) {

    public boolean isLocked(Account account, Instant now) {
        return account.lockedUntil != null && account.lockedUntil.isAfter(now);
    }

    /** Counts a failure; true when this failure locks the account. */
    public boolean fail(Account account, Instant now) {
        account.failedAttempts++;
        if (account.failedAttempts >= maxFailures) {
            account.lockedUntil = now.plus(duration);
            account.failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void succeed(Account account) {
        account.failedAttempts = 0;
        account.lockedUntil = null;
    }
}
