package org.appsupervision.gateway.account;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** An account as admins see it: never its password hash. */
public record AccountView(String username, String displayName, Set<String> roles, String province, String creditCode,
        String agencyCode, boolean enabled, boolean locked, Instant createdAt, Instant passwordChangedAt) {

    public static AccountView of(Account account, boolean locked) {
        return new AccountView(account.username, account.displayName, new TreeSet<>(account.roles),
                account.provinceCode, account.creditCode, account.agencyCode, account.enabled, locked, account.createdAt, account.passwordChangedAt);
    }
}
