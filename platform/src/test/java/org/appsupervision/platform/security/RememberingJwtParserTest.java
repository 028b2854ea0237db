package org.appsupervision.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class RememberingJwtParserTest {

    private static final String ISSUER = "https://gateway.test";

    private static final KeyPair KEYS = rsa();
    private static final KeyPair OTHER_KEYS = rsa();
    private final JWTAuthContextInfo context = context();
    private final long realNow = System.currentTimeMillis() / 1000 * 1000; // tokens carry whole seconds
    private final AtomicLong clock = new AtomicLong(realNow);
    private final CountingParser counting = new CountingParser(new DefaultJWTParser(context));
    private final RememberingJwtParser parser = new RememberingJwtParser(counting, context, clock::get);

    @Test
    void aVerifiedTokenIsCheckedOnceAndAnsweredFromMemoryUntilItExpires() throws ParseException {
        String token = sign(KEYS, Instant.ofEpochMilli(realNow).plusSeconds(300));
        JsonWebToken first = parser.parse(token);
        JsonWebToken second = parser.parse(token);
        assertSame(first, second);
        assertEquals("store-a", second.getSubject());
        assertEquals(1, counting.parses);
    }

    @Test
    void anExpiredTokenIsRefusedEvenIfRemembered() throws ParseException {
        Instant expiry = Instant.ofEpochMilli(realNow).plusSeconds(300);
        String token = sign(KEYS, expiry);
        parser.parse(token);
        clock.set(expiry.plusSeconds(context.getClockSkew()).toEpochMilli() + 1);
        assertThrows(ParseException.class, () -> parser.parse(token));
        assertThrows(ParseException.class, () -> parser.parse(token));
    }

    @Test
    void aTokenWithinTheClockSkewAfterItsExpiryIsStillAnswered() throws ParseException {
        Instant expiry = Instant.ofEpochMilli(realNow).plusSeconds(300);
        String token = sign(KEYS, expiry);
        parser.parse(token);
        clock.set(expiry.plusSeconds(context.getClockSkew()).toEpochMilli());
        assertEquals("store-a", parser.parse(token).getSubject());
    }

    @Test
    void aTokenWithABadSignatureIsNeverRemembered() {
        String forged = sign(OTHER_KEYS, Instant.ofEpochMilli(realNow).plusSeconds(300));
        assertThrows(ParseException.class, () -> parser.parse(forged));
        assertThrows(ParseException.class, () -> parser.parse(forged));
        assertEquals(2, counting.parses);
    }

    @Test
    void aRememberedTokenWithItsSignatureAlteredIsCheckedAndRefused() throws ParseException {
        String token = sign(KEYS, Instant.ofEpochMilli(realNow).plusSeconds(300));
        parser.parse(token);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        assertThrows(ParseException.class, () -> parser.parse(altered));
    }

    private static String sign(KeyPair pair, Instant expiry) {
        return Jwt.issuer(ISSUER).subject("store-a").audience(Roles.AUDIENCE).issuedAt(expiry.minusSeconds(600))
                .expiresAt(expiry).jws().keyId("k1").sign(pair.getPrivate());
    }

    private JWTAuthContextInfo context() {
        JWTAuthContextInfo info = new JWTAuthContextInfo(KEYS.getPublic(), ISSUER);
        info.setExpectedAudience(java.util.Set.of(Roles.AUDIENCE));
        return info;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real parser, counting how often it is asked. */
    private static final class CountingParser extends DefaultJWTParser {
        private final DefaultJWTParser parser;
        private int parses;

        CountingParser(DefaultJWTParser parser) {
            this.parser = parser;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            parses++;
            return parser.parse(token);
        }
    }
}
