package org.appsupervision.gateway.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses, on the gateway's own endpoints (accounts, clients, audit, password change), a token whose login session
 * has ended: whether it came in the login cookie or as a bearer token, the request is then unauthenticated (401).
 */
@ApplicationScoped
public class OpenSessionAugmentor implements SecurityIdentityAugmentor {

    private final AccountSessions sessions;

    public OpenSessionAugmentor(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!sessions.isOpen(token)) {
                throw new AuthenticationFailedException("The login session of this token has ended");
            }
            return identity;
        });
    }
}
