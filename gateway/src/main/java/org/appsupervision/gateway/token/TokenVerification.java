package org.appsupervision.gateway.token;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import java.util.Set;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.account.LoginResource;
import org.appsupervision.platform.security.Roles;
import org.jose4j.json.JsonUtil;

/**
 * How the gateway verifies tokens for its own endpoints: like the services (RS256 only, issuer,
 * audience, expiry), against every key of its key ring, from the bearer header or the login cookie.
 */
@ApplicationScoped
public class TokenVerification {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(SigningKeys keys, GatewayConfig config) {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyContent(JsonUtil.toJson(Map.of("keys",
                keys.all().stream().map(SigningKeys.PublicKey::jwk).toList())));
        info.setIssuedBy(config.jwt().issuer());
        info.setExpectedAudience(Set.of(Roles.AUDIENCE));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setTokenHeader("Cookie");
        info.setTokenCookie(LoginResource.TOKEN_COOKIE);
        info.setAlwaysCheckAuthorization(true);
        info.setClockSkew(30);
        info.setMaxTimeToLiveSecs(config.jwt().tokenLifetime().toSeconds() + 60);
        info.setRequireNamedPrincipal(true);
        return info;
    }
}
