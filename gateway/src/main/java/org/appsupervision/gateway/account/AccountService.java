package org.appsupervision.gateway.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/** Admins create, disable, enable and unlock accounts; people change their own password. */
@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Lockout lockout;
    private final AccountSessions sessions;
    private final PendingUsernames usernames;

    public AccountService(AccountRepository accounts, AuditLog audit, GatewayConfig config, AccountSessions sessions,
            PendingUsernames usernames) {
        this.accounts = accounts;
        this.usernames = usernames;
        this.audit = audit;
        this.sessions = sessions;
        this.lockout = new Lockout(config.lockout().maxFailures(), config.lockout().duration());
    }

    @Transactional
    public List<AccountView> list() {
        Instant now = Instant.now();
        return accounts.listAll(io.quarkus.panache.common.Sort.ascending("username")).stream()
                .map(a -> AccountView.of(a, lockout.isLocked(a, now))).toList();
    }

    @Transactional
    public AccountView create(NewAccount request, String admin) {
        List<Problem.FieldError> errors = new ArrayList<>(AccountRoles.check(request.roles(), request.province(),
                request.agencyCode()));
        errors.addAll(PasswordPolicy.check("password", request.username(), request.password()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (accounts.findByIdOptional(request.username()).isPresent() || usernames.heldByRegistration(request.username())) {
            throw ProblemException.conflict("Account " + request.username() + " already exists");
        }
        Account account = new Account();
        account.username = request.username();
        account.displayName = request.displayName();
        account.roles = new HashSet<>(request.roles());
        account.provinceCode = request.province();
        account.agencyCode = request.agencyCode();
        account.passwordHash = BcryptUtil.bcryptHash(request.password());
        account.enabled = true;
        account.createdAt = Instant.now();
        account.passwordChangedAt = account.createdAt;
        accounts.persist(account);
        audit.record(AuditAction.ACCOUNT_CREATED, admin, account.username, "roles " + new java.util.TreeSet<>(account.roles)
                + (account.provinceCode == null ? "" : " province " + account.provinceCode)
                + (account.agencyCode == null ? "" : " agency " + account.agencyCode));
        return AccountView.of(account, false);
    }

    @Transactional
    public AccountView setEnabled(String username, boolean enabled, String admin) {
        Account account = find(username);
        if (!enabled && account.username.equals(admin)) {
            throw ProblemException.conflict("An admin cannot disable their own account");
        }
        account.enabled = enabled;
        if (!enabled) {
            sessions.endAll(username, "account disabled");
        }
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, admin, username, null);
        return AccountView.of(account, lockout.isLocked(account, Instant.now()));
    }

    @Transactional
    public AccountView unlock(String username, String admin) {
        Account account = find(username);
        lockout.succeed(account);
        // The sessions a lock held back do not come back: whoever was locked out logs in again.
        sessions.endAll(username, "account unlocked");
        audit.record(AuditAction.ACCOUNT_UNLOCKED, admin, username, null);
        return AccountView.of(account, false);
    }

    /** Changes the caller's password after checking the current one, and ends all of the account's sessions. */
    @Transactional
    public void changePassword(String username, PasswordChange change) {
        Account account = accounts.findByIdOptional(username, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ProblemException(ProblemTypes.FORBIDDEN, "Only officials have passwords"));
        if (!BcryptUtil.matches(change.currentPassword(), account.passwordHash)) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("currentPassword", "is wrong")));
        }
        List<Problem.FieldError> errors = new ArrayList<>(PasswordPolicy.check("newPassword", username,
                change.newPassword()));
        if (change.newPassword().equals(change.currentPassword())) {
            errors.add(new Problem.FieldError("newPassword", "must differ from the current password"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        account.passwordHash = BcryptUtil.bcryptHash(change.newPassword());
        account.passwordChangedAt = Instant.now();
        // Every session ends, the caller's too: a session someone else captured is one of them.
        sessions.endAll(username, "password changed");
        audit.record(AuditAction.PASSWORD_CHANGED, username, username, null);
    }

    private Account find(String username) {
        return accounts.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("Account", username));
    }
}
