package org.appsupervision.gateway.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.appsupervision.gateway.token.TokenIssuer;
import org.appsupervision.platform.security.Roles;

/** Checks an official's password against the lockout rule and issues their token. */
@ApplicationScoped
public class LoginService {

    /** Claim with the epoch second of the password login that a token (or its renewals) descends from. */
    public static final String AUTH_TIME_CLAIM = "auth_time";

    // Checked when the user does not exist, so a wrong name costs the same time as a wrong password.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password");

    private final AccountRepository accounts;
    private final TokenIssuer tokens;
    private final AuditLog audit;
    private final Lockout lockout;
    private final AccountSessions sessions;

    public LoginService(AccountRepository accounts, TokenIssuer tokens, AuditLog audit, GatewayConfig config,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.sessions = sessions;
        this.lockout = new Lockout(config.lockout().maxFailures(), config.lockout().duration());
    }

    /**
     * The token of the account, or empty when the name, the password or the account's state is
     * wrong. The answer does not say which, so names cannot be probed.
     */
    @Transactional
    public Optional<TokenIssuer.IssuedToken> login(LoginRequest request) {
        Instant now = Instant.now();
        Optional<Account> account = accounts.findByIdOptional(request.username(), LockModeType.PESSIMISTIC_WRITE);
        String hash = account.map(a -> a.passwordHash).orElse(DUMMY_HASH);
        boolean matches = BcryptUtil.matches(request.password(), hash);
        if (account.isEmpty()) {
            audit.record(AuditAction.LOGIN_FAILED, request.username(), request.username(), "unknown account");
            return Optional.empty();
        }
        Account user = account.get();
        if (!user.enabled) {
            audit.record(AuditAction.LOGIN_FAILED, user.username, user.username, "account disabled");
            return Optional.empty();
        }
        if (lockout.isLocked(user, now)) {
            audit.record(AuditAction.LOGIN_FAILED, user.username, user.username, "account locked");
            return Optional.empty();
        }
        if (!matches) {
            boolean locked = lockout.fail(user, now);
            audit.record(AuditAction.LOGIN_FAILED, user.username, user.username, "wrong password");
            if (locked) {
                audit.record(AuditAction.ACCOUNT_LOCKED, "gateway", user.username, "until " + user.lockedUntil);
            }
            return Optional.empty();
        }
        lockout.succeed(user);
        UUID session = sessions.open(user.username, now);
        TokenIssuer.IssuedToken token = issueFor(user, now.getEpochSecond(), session);
        audit.record(AuditAction.LOGIN_SUCCEEDED, user.username, user.username,
                "jti " + token.jti() + ", session " + session);
        return Optional.of(token);
    }

    /**
     * A fresh token for a portal session that is still open: the session must not have ended, the account
     * must still exist, be enabled and unlocked; its roles and province are read again. {@code authTime}
     * (epoch seconds of the password login) and the session are carried over, so the session's absolute
     * limit still counts from the login and a logout still ends it.
     */
    @Transactional
    public Optional<TokenIssuer.IssuedToken> renew(String username, long authTime, UUID session) {
        Optional<Account> account = accounts.findByIdOptional(username);
        if (account.isEmpty() || !sessions.isOpen(session, username)) {
            return Optional.empty();
        }
        TokenIssuer.IssuedToken token = issueFor(account.get(), authTime, session);
        audit.record(AuditAction.TOKEN_ISSUED, username, username, "portal session renewed, jti " + token.jti());
        return Optional.of(token);
    }

    private TokenIssuer.IssuedToken issueFor(Account user, long authTime, UUID session) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(AUTH_TIME_CLAIM, authTime);
        claims.put(AccountSessions.SESSION_CLAIM, session.toString());
        if (user.provinceCode != null) {
            claims.put(Roles.PROVINCE_CLAIM, user.provinceCode);
        }
        if (user.creditCode != null) {
            claims.put(Roles.CREDIT_CODE_CLAIM, user.creditCode);
        }
        if (user.agencyCode != null) {
            claims.put(Roles.AGENCY_CLAIM, user.agencyCode);
        }
        return tokens.issue(user.username, Set.copyOf(user.roles), claims);
    }
}
