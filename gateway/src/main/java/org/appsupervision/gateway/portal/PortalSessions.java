package org.appsupervision.gateway.portal;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.account.AccountSessions;
import org.appsupervision.gateway.account.LoginResource;
import org.appsupervision.gateway.account.LoginService;
import org.appsupervision.gateway.token.TokenIssuer;
import org.appsupervision.platform.security.Roles;
import org.appsupervision.portal.PortalConfig;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.host.LoginSessions;
import org.appsupervision.portal.host.PortalSession;
import org.appsupervision.portal.host.PortalSession.State;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The portal's sliding session: verifies the login cookie like the gateway's own endpoints do, checks on every
 * request that its login session is still open (not logged out, not ended by a change to the account), renews a
 * token past half its lifetime for the same session, and ends the session at its absolute limit. The portal module
 * reads sessions only through {@link LoginSessions}.
 */
@ApplicationScoped
public class PortalSessions implements LoginSessions {

    private final JWTParser parser;
    private final LoginService logins;
    private final AccountSessions accountSessions;
    private final Duration lifetime;
    private final Duration sessionLimit;

    public PortalSessions(JWTParser parser, LoginService logins, AccountSessions accountSessions,
            GatewayConfig gateway, PortalConfig portal) {
        this.parser = parser;
        this.logins = logins;
        this.accountSessions = accountSessions;
        this.lifetime = gateway.jwt().tokenLifetime();
        this.sessionLimit = portal.sessionLimit();
    }

    @Override
    public String cookieName() {
        return LoginResource.TOKEN_COOKIE;
    }

    @Override
    public NewCookie cookie(String token, int maxAgeSeconds) {
        return LoginResource.cookie(token, maxAgeSeconds);
    }

    @Override
    public PortalSession resolve(String cookieToken, Instant now) {
        if (cookieToken == null || cookieToken.isBlank()) {
            return PortalSession.of(State.ANONYMOUS);
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(cookieToken);
        } catch (ParseException e) {
            return PortalSession.of(State.EXPIRED);
        }
        if (jwt.getGroups().contains(Roles.STORE)) {
            return PortalSession.of(State.ANONYMOUS);
        }
        Instant authTime = authTime(jwt);
        Optional<UUID> session = AccountSessions.sessionOf(jwt);
        if (authTime.plus(sessionLimit).isBefore(now) || session.isEmpty()
                || !accountSessions.isOpen(session.get(), jwt.getName())) {
            return PortalSession.of(State.ENDED);
        }
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (Duration.between(now, expiresAt).compareTo(lifetime.dividedBy(2)) >= 0) {
            return new PortalSession(State.ACTIVE, viewerOf(jwt, cookieToken), null);
        }
        Optional<TokenIssuer.IssuedToken> renewed = logins.renew(jwt.getName(), authTime.getEpochSecond(),
                session.get());
        if (renewed.isEmpty()) {
            return PortalSession.of(State.ENDED);
        }
        try {
            JsonWebToken fresh = parser.parse(renewed.get().value());
            return new PortalSession(State.ACTIVE, viewerOf(fresh, renewed.get().value()),
                    new PortalSession.Renewal(renewed.get().value(), renewed.get().expiresIn()));
        } catch (ParseException e) {
            throw new IllegalStateException("A token just issued does not verify", e);
        }
    }

    /**
     * When the person logged in: the {@code auth_time} claim, or for a token without one its own issue time. The
     * claim's presence is read from the claim names: for a missing standard claim {@code getClaim} answers 0, not null.
     */
    static Instant authTime(JsonWebToken jwt) {
        Set<String> names = jwt.getClaimNames();
        String claim = names != null && names.contains(LoginService.AUTH_TIME_CLAIM)
                ? text(jwt.getClaim(LoginService.AUTH_TIME_CLAIM)) : null;
        return Instant.ofEpochSecond(claim == null ? jwt.getIssuedAtTime() : Long.parseLong(claim));
    }

    private static Viewer viewerOf(JsonWebToken jwt, String token) {
        return new Viewer(jwt.getName(), Set.copyOf(jwt.getGroups()), text(jwt.getClaim(Roles.PROVINCE_CLAIM)),
                token, Instant.ofEpochSecond(jwt.getExpirationTime()), authTime(jwt));
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        if (claim instanceof JsonNumber number) {
            return Long.toString(number.longValue());
        }
        return claim.toString();
    }
}
