package org.appsupervision.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The services' (and the gateway's) token parser: smallrye-jwt's, with the bearer tokens it verified remembered by
 * {@link VerifiedTokens} until they expire, so a client's token is checked (RSA, JSON) once and not on every request.
 * Only {@link #parse(String)} (what Quarkus authenticates requests with) remembers; the other methods delegate.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberingJwtParser implements JWTParser {

    static final int MAX_REMEMBERED = 10_000;

    private final JWTParser delegate;
    private final VerifiedTokens<JsonWebToken> verified;

    @Inject
    public RememberingJwtParser(DefaultJWTParser parser, JWTAuthContextInfo context) {
        this(parser, context, System::currentTimeMillis);
    }

    RememberingJwtParser(JWTParser delegate, JWTAuthContextInfo context, LongSupplier clock) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens<>(MAX_REMEMBERED, jwt -> lastValidMillis(jwt, context), clock);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.verify(token, delegate::parse, () -> new ParseException("The token has expired"));
    }

    /** The token's expiry, or its maximum age if one is configured and earlier, plus the parser's clock skew. */
    static long lastValidMillis(JsonWebToken jwt, JWTAuthContextInfo context) {
        long lastSecond = jwt.getExpirationTime();
        Long tokenAge = context.getTokenAge();
        if (tokenAge != null) {
            lastSecond = Math.min(lastSecond, jwt.getIssuedAtTime() + tokenAge);
        }
        return (lastSecond + context.getClockSkew()) * 1000L;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
