package org.appsupervision.e2e;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** The JWT battery: tokens an attacker or a broken issuer would send, next to a correct one. */
final class ForgedTokens {

    static final String ISSUER = "https://gateway.supervision.local";

    private final PrivateKey suiteKey;
    private final byte[] suitePublicKeyPem;
    private final String kid;

    ForgedTokens(PrivateKey suiteKey, byte[] suitePublicKeyPem, String kid) {
        this.suiteKey = suiteKey;
        this.suitePublicKeyPem = suitePublicKeyPem;
        this.kid = kid;
    }

    /** A correct token of the subject with its groups and scope claims. */
    String valid(String subject, List<String> groups, Map<String, String> scope) {
        return rs256(claims(subject, groups, scope, c -> { }), suiteKey, kid);
    }

    /** Every bad variant of a correct token of the subject, by name. */
    Map<String, String> battery(String subject, List<String> groups, Map<String, String> scope) {
        Map<String, String> bad = new LinkedHashMap<>();
        String valid = valid(subject, groups, scope);
        String[] parts = valid.split("\\.");
        char c10 = parts[2].charAt(10);
        bad.put("alg none", unsigned(claims(subject, groups, scope, c -> { })));
        bad.put("HS256 keyed with the public key", hs256(claims(subject, groups, scope, c -> { })));
        bad.put("bad signature", parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (c10 == 'A' ? 'B' : 'A')
                + parts[2].substring(11));
        bad.put("expired", rs256(claims(subject, groups, scope, c -> {
            c.setIssuedAt(minutesFromNow(-10));
            c.setExpirationTime(minutesFromNow(-5));
        }), suiteKey, kid));
        bad.put("not yet valid", rs256(claims(subject, groups, scope, c -> c.setNotBefore(minutesFromNow(3))),
                suiteKey, kid));
        bad.put("wrong issuer", rs256(claims(subject, groups, scope, c -> c.setIssuer("https://evil.example")),
                suiteKey, kid));
        bad.put("wrong audience", rs256(claims(subject, groups, scope, c -> c.setAudience("someone-else")),
                suiteKey, kid));
        bad.put("unknown kid", rs256(claims(subject, groups, scope, c -> { }), strangerKey(), "not-our-key"));
        bad.put("stranger's key under our kid", rs256(claims(subject, groups, scope, c -> { }), strangerKey(), kid));
        bad.put("missing exp", rs256(claims(subject, groups, scope, c -> c.unsetClaim("exp")), suiteKey, kid));
        bad.put("tampered claims", parts[0] + "." + payload(claims(subject, List.of("admin", "official", "approver",
                "auditor", "store", "bureau"), scope, c -> { })) + "." + parts[2]);
        bad.put("oversized", rs256(claims(subject, groups, scope, c -> c.setClaim("padding", "x".repeat(12_000))),
                suiteKey, kid));
        return bad;
    }

    private static JwtClaims claims(String subject, List<String> groups, Map<String, String> scope,
            Consumer<JwtClaims> spoil) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("supervision");
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", groups);
        scope.forEach(claims::setClaim);
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        spoil.accept(claims);
        return claims;
    }

    private static String rs256(JwtClaims claims, PrivateKey key, String kid) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(kid);
        return serialize(jws);
    }

    private String hs256(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(new HmacKey(suitePublicKeyPem));
        jws.setDoKeyValidation(false);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue(kid);
        return serialize(jws);
    }

    private static String unsigned(JwtClaims claims) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload(claims) + ".";
    }

    private static String payload(JwtClaims claims) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NumericDate minutesFromNow(int minutes) {
        NumericDate date = NumericDate.now();
        date.addSeconds(minutes * 60L);
        return date;
    }

    private static String serialize(JsonWebSignature jws) {
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
