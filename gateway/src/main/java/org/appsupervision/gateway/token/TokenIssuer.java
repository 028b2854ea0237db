package org.appsupervision.gateway.token;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.platform.security.Roles;

/** Issues the suite's short-lived RS256 access tokens. */
@ApplicationScoped
public class TokenIssuer {

    private final SigningKeys key;
    private final KeyUse keyUse;
    private final GatewayConfig config;

    public TokenIssuer(SigningKeys key, KeyUse keyUse, GatewayConfig config) {
        this.key = key;
        this.keyUse = keyUse;
        this.config = config;
    }

    /**
     * A signed token for the subject with its groups and further claims: the scoping claims
     * (province, store_id) and, for people, {@code auth_time} (when they entered their password).
     */
    public IssuedToken issue(String subject, Set<String> groups, Map<String, ?> scopeClaims) {
        long lifetime = config.jwt().tokenLifetime().toSeconds();
        String jti = UUID.randomUUID().toString();
        JwtClaimsBuilder claims = Jwt.issuer(config.jwt().issuer())
                .audience(Roles.AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .claim("jti", jti)
                .issuedAt(System.currentTimeMillis() / 1000)
                .expiresIn(lifetime);
        scopeClaims.forEach(claims::claim);
        keyUse.signedWith(key.keyId());
        String token = claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(key.keyId()).sign(key.privateKey());
        return new IssuedToken(token, lifetime, jti, Set.copyOf(groups));
    }

    /** A token, how many seconds it lives, and the groups it carries. */
    public record IssuedToken(String value, long expiresIn, String jti, Set<String> groups) {
    }
}
