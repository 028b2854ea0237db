package org.appsupervision.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.appsupervision.platform.security.VerifiedTokens;

/**
 * The subject of a bearer token, when its signature verifies: the key of a per-client limit. An
 * unverified subject is never used, so nobody can spend someone else's allowance. A store sends the
 * same token for minutes, so verified tokens are remembered ({@link VerifiedTokens}, the services' cache too: keyed
 * by the whole token, until it expires): the RSA check was about a third of the gateway's work per proxied request.
 */
@ApplicationScoped
public class TokenSubjects {

    private static final int MAX_REMEMBERED = 10_000;
    private static final int CLOCK_SKEW_SECONDS = 30;

    private final JwtConsumer consumer;
    private final VerifiedTokens<JwtClaims> verified = new VerifiedTokens<>(MAX_REMEMBERED,
            TokenSubjects::lastValidMillis, System::currentTimeMillis);

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
                    .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
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
        try {
            return Optional.ofNullable(verified.verify(token, consumer::processToClaims,
                    () -> new InvalidJwtException("The token has expired", java.util.List.of(), null)).getSubject());
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }

    /** Its expiry plus the consumer's clock skew (the consumer requires an expiry, so it is present and well-formed). */
    private static long lastValidMillis(JwtClaims claims) {
        try {
            return claims.getExpirationTime().getValueInMillis() + CLOCK_SKEW_SECONDS * 1000L;
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            return 0;
        }
    }
}
