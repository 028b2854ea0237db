package org.appsupervision.devstack;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Signs tokens like the gateway's, with the key that {@link DevStackResource} made for this test run. */
public final class TestTokens {

    /** The issuer the suite's services trust in tests and in the local run. */
    public static final String ISSUER = "https://gateway.supervision.local";

    private TestTokens() {
    }

    public static String user(String name, String... groups) {
        return sign(name, Set.of(groups), Map.of());
    }

    public static String bureau(String name, String provinceCode) {
        return sign(name, Set.of("bureau"), Map.of("province", provinceCode));
    }

    public static String store(String storeCode) {
        return sign("client-" + storeCode, Set.of("store"), Map.of("store_id", storeCode));
    }

    /** An enterprise (APP运营主体) account acting for the credit code. */
    public static String operator(String name, String creditCode) {
        return sign(name, Set.of("operator"), Map.of("credit_code", creditCode));
    }

    /** Staff of the testing agency with the credit code. */
    public static String agency(String name, String agencyCode) {
        return sign(name, Set.of("agency"), Map.of("agency_code", agencyCode));
    }

    public static String sign(String subject, Set<String> groups, Map<String, Object> claims) {
        String keyFile = System.getProperty(DevStackResource.SIGNING_KEY_PROPERTY);
        if (keyFile == null) {
            throw new IllegalStateException("No test signing key: is DevStackResource active?");
        }
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .audience("supervision")
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .claim("jti", UUID.randomUUID().toString())
                // An hour, not the gateway's five minutes: test classes keep their tokens in static fields, and a
                // class (or the suite after it) on a loaded machine runs longer than five minutes.
                .expiresIn(3600);
        claims.forEach(builder::claim);
        return builder.jws().keyId("test").sign(SigningKeys.readPrivateKey(Path.of(keyFile)));
    }
}
