package org.appsupervision.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.token.SigningKeys;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.appsupervision.platform.security.Roles;

/**
 * The subject of a bearer token, when its signature verifies: the key of a per-client limit. An
 * unverified subject is never used, so nobody can spend someone else's allowance.
 */
@ApplicationScoped
public class TokenSubjects {

    private final JwtConsumer consumer;

    public TokenSubjects(SigningKeys keys, GatewayConfig config) {
        try {
            java.util.List<JsonWebKey> jwks = new java.util.ArrayList<>();
            for (SigningKeys.PublicKey key : keys.all()) {
                jwks.add(JsonWebKey.Factory.newJwk(key.jwk()));
            }
            this.consumer = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256")
                    .setExpectedIssuer(config.jwt().issuer())
                    .setExpectedAudience(Roles.AUDIENCE)
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds(30)
                    .build();
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException("Cannot read the gateway's public keys", e);
        }
    }

    public Optional<String> subjectOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.length() > 8192) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(consumer.processToClaims(authorization.substring(7).trim()).getSubject());
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }
}
