package org.appsupervision.gateway.client;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appsupervision.gateway.token.TokenIssuer;
import org.appsupervision.platform.security.Roles;

/** The OAuth 2.0 client credentials grant for app stores: a token scoped to the client's store. */
@ApplicationScoped
public class ClientCredentialsService {

    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-client-dummy-secret");

    private final StoreClientRepository clients;
    private final TokenIssuer tokens;

    public ClientCredentialsService(StoreClientRepository clients, TokenIssuer tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    @Transactional
    public TokenIssuer.IssuedToken issue(String clientId, String secret) {
        Optional<StoreClient> client = clients.findByIdOptional(clientId);
        boolean matches = BcryptUtil.matches(secret, client.map(c -> c.secretHash).orElse(DUMMY_HASH));
        if (client.isEmpty() || !matches || !client.get().enabled) {
            throw OAuthError.invalidClient();
        }
        return tokens.issue(clientId, Set.of(Roles.STORE), Map.of(Roles.STORE_ID_CLAIM, client.get().storeCode));
    }
}
