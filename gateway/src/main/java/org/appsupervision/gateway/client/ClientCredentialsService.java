package org.appsupervision.gateway.client;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appsupervision.gateway.audit.AuditAction;
import org.appsupervision.gateway.audit.AuditLog;
import org.appsupervision.gateway.token.TokenIssuer;
import org.appsupervision.platform.security.Roles;

/** The OAuth 2.0 client credentials grant for app stores: a token scoped to the client's store. */
@ApplicationScoped
public class ClientCredentialsService {

    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-client-dummy-secret");

    private final StoreClientRepository clients;
    private final ClientSecretRepository secrets;
    private final TokenIssuer tokens;
    private final AuditLog audit;

    public ClientCredentialsService(StoreClientRepository clients, ClientSecretRepository secrets, TokenIssuer tokens,
            AuditLog audit) {
        this.clients = clients;
        this.secrets = secrets;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Transactional(dontRollbackOn = OAuthError.class)
    public TokenIssuer.IssuedToken issue(String clientId, String secret) {
        Optional<StoreClient> client = clients.findByIdOptional(clientId);
        List<ClientSecret> live = client.isPresent() && client.get().enabled
                ? secrets.liveSecrets(clientId, Instant.now()) : List.of();
        boolean matches = live.stream().anyMatch(s -> BcryptUtil.matches(secret, s.secretHash));
        if (live.isEmpty()) {
            // Same cost as a wrong secret, so client ids cannot be probed by timing.
            BcryptUtil.matches(secret, DUMMY_HASH);
        }
        if (!matches) {
            audit.record(AuditAction.CLIENT_AUTHENTICATION_FAILED, clientId, clientId,
                    client.isEmpty() ? "unknown client" : live.isEmpty() ? "client revoked or disabled" : "wrong secret");
            throw OAuthError.invalidClient();
        }
        TokenIssuer.IssuedToken token = tokens.issue(clientId, Set.of(Roles.STORE),
                Map.of(Roles.STORE_ID_CLAIM, client.get().storeCode));
        audit.record(AuditAction.TOKEN_ISSUED, clientId, client.get().storeCode, "jti " + token.jti());
        return token;
    }
}
