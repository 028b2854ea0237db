package org.appsupervision.gateway.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.security.Roles;

/**
 * An admin's changes to an existing account: its roles (and a bureau officer's province) and a new
 * password when the person lost theirs; each change is audited and ends the account's sessions at once.
 */
@ApplicationScoped
public class AccountChanges {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final AccountSessions sessions;

    public AccountChanges(AccountRepository accounts, AuditLog audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional
    public AccountView changeRoles(String username, Set<String> roles, String province, String admin) {
        Account account = find(username);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (roles.isEmpty()) {
            errors.add(new Problem.FieldError("roles", "at least one role is required"));
        }
        if (AccountRoles.bound(account.roles) || AccountRoles.bound(roles)) {
            errors.add(new Problem.FieldError("roles", "an enterprise's or an agency's account keeps its role: "
                    + "create an agency account with its agency code, an operator account by verifying a registration"));
        }
        roles.stream().filter(r -> !AccountRoles.OFFICIAL_ROLES.contains(r) && !AccountRoles.bound(Set.of(r)))
                .forEach(r -> errors.add(new Problem.FieldError("roles", "unknown role " + r)));
        boolean bureau = roles.contains(Roles.BUREAU);
        errors.addAll(BureauProvince.check(bureau, province));
        if (username.equals(admin) && !roles.contains(Roles.ADMIN)) {
            errors.add(new Problem.FieldError("roles", "an admin cannot take the admin role from their own account"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        account.roles = new HashSet<>(roles);
        account.provinceCode = bureau ? province : null;
        sessions.endAll(username, "roles changed");
        audit.record(AuditAction.ACCOUNT_ROLES_CHANGED, admin, username, "roles " + new TreeSet<>(roles)
                + (account.provinceCode == null ? "" : " province " + account.provinceCode));
        return AccountView.of(account, false);
    }

    /** Sets a new password the admin hands over; the password policy applies as to any other. */
    @Transactional
    public AccountView resetPassword(String username, String password, String admin) {
        Account account = find(username);
        List<Problem.FieldError> errors = PasswordPolicy.check("password", username, password == null ? "" : password);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.passwordChangedAt = Instant.now();
        sessions.endAll(username, "password reset");
        audit.record(AuditAction.PASSWORD_RESET, admin, username, null);
        return AccountView.of(account, false);
    }

    private Account find(String username) {
        return accounts.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("Account", username));
    }
}
