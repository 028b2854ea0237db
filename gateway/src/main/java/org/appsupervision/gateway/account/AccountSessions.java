package org.appsupervision.gateway.account;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Officials' login sessions, kept in the gateway's database so that every replica sees an ended session at once:
 * a password login opens one, its id travels in the token's {@value #SESSION_CLAIM} claim, and the gateway checks
 * it on every request it authenticates with a person's token (portal pages, its own API). Logout ends that one
 * session; a password change or reset, disabling, unlocking and a change of roles end all of the account's.
 */
@ApplicationScoped
public class AccountSessions {

    /** Claim with the id of the login session a person's token belongs to. */
    public static final String SESSION_CLAIM = "sid";

    // Far beyond any session limit (PT8H by default): an older row can only belong to an ended session.
    private static final Duration KEPT = Duration.ofDays(7);

    private final AccountSessionRepository sessions;
    private final AuditLog audit;
    private final JWTParser parser;

    public AccountSessions(AccountSessionRepository sessions, AuditLog audit, JWTParser parser) {
        this.sessions = sessions;
        this.audit = audit;
        this.parser = parser;
    }

    /** Opens a session for an official who just entered their password; joins the caller's transaction. */
    @Transactional
    public UUID open(String username, Instant now) {
        sessions.removeStartedBefore(now.minus(KEPT));
        AccountSession session = new AccountSession();
        session.id = UUID.randomUUID();
        session.username = username;
        session.startedAt = now;
        sessions.persist(session);
        return session.id;
    }

    /**
     * Whether a token may still act for its person: a token of a login session must name an open session of an
     * enabled, unlocked account. Tokens without a session (store clients) are not sessions and pass; a person's
     * token from a password login ({@code auth_time}) without a session id does not.
     */
    @Transactional
    public boolean isOpen(JsonWebToken token) {
        Optional<UUID> id = sessionOf(token);
        if (id.isEmpty()) {
            // getClaim answers 0 for a missing auth_time (a standard numeric claim): ask the claim names instead.
            return !token.getClaimNames().contains(LoginService.AUTH_TIME_CLAIM);
        }
        return sessions.isOpen(id.get(), token.getName(), Instant.now());
    }

    /** Whether the session is open and its account enabled and unlocked. */
    @Transactional
    public boolean isOpen(UUID id, String username) {
        return sessions.isOpen(id, username, Instant.now());
    }

    /**
     * Ends the session of the token (logout) when the token verifies; other sessions of the same account stay
     * open. A token that does not verify (expired, forged) ends nothing: it opens nothing either.
     */
    @Transactional
    public void endSessionOf(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return;
        }
        JsonWebToken token;
        try {
            token = parser.parse(rawToken);
        } catch (ParseException e) {
            return;
        }
        Optional<UUID> id = sessionOf(token);
        if (id.isPresent() && sessions.end(id.get(), token.getName(), Instant.now(), "logout")) {
            audit.record(AuditAction.LOGGED_OUT, token.getName(), token.getName(), "session " + id.get());
        }
    }

    /** Ends every open session of the account at once, because of {@code reason}; joins the caller's transaction. */
    @Transactional
    public int endAll(String username, String reason) {
        return sessions.endAll(username, Instant.now(), reason);
    }

    /** The session id of a token, when it carries a well-formed one. */
    public static Optional<UUID> sessionOf(JsonWebToken token) {
        Object claim = token.getClaim(SESSION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim instanceof jakarta.json.JsonString string ? string.getString() : claim.toString();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
