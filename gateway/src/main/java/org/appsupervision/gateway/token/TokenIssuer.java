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

    private final SigningKey key;
    private final GatewayConfig config;

    public TokenIssuer(SigningKey key, GatewayConfig config) {
        this.key = key;
        this.config = config;
    }

    /** A signed token for the subject with its groups and the scoping claims (province, store_id). */
    public IssuedToken issue(String subject, Set<String> groups, Map<String, String> scopeClaims) {
        long lifetime = config.jwt().tokenLifetime().toSeconds();
        JwtClaimsBuilder claims = Jwt.issuer(config.jwt().issuer())
                .audience(Roles.AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(System.currentTimeMillis() / 1000)
                .expiresIn(lifetime);
        scopeClaims.forEach(claims::claim);
        String token = claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(key.keyId()).sign(key.privateKey());
        return new IssuedToken(token, lifetime);
    }

    /** A token and how many seconds it lives. */
    public record IssuedToken(String value, long expiresIn) {
    }
}
