package org.appsupervision.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.token.SigningKeys;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.appsupervision.platform.security.Roles;

/**
 * The subject of a bearer token, when its signature verifies: the key of a per-client limit. An
 * unverified subject is never used, so nobody can spend someone else's allowance. A store sends the
 * same token for minutes, so verified tokens are remembered (keyed by the whole token, until it
 * expires): the RSA check was about a third of the gateway's work per proxied request.
 */
@ApplicationScoped
public class TokenSubjects {

    private static final int MAX_REMEMBERED = 10_000;

    /** A verified token's subject and when the token expires. */
    private record Verified(String subject, long expiresAtMillis) {
    }

    private final JwtConsumer consumer;
    private final Map<String, Verified> verified = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                    return size() > MAX_REMEMBERED;
                }
            });

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
        String token = authorization.substring(7).trim();
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && known.expiresAtMillis() > now) {
            return Optional.ofNullable(known.subject());
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            verified.put(token, new Verified(claims.getSubject(), claims.getExpirationTime().getValueInMillis()));
            return Optional.ofNullable(claims.getSubject());
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            verified.remove(token);
            return Optional.empty();
        }
    }
}
