package org.appsupervision.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.time.Instant;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class PortalSessionsTest {

    private static final long ISSUED = 1_800_000_000L;

    @Test
    void theLoginTimeIsTheAuthTimeClaim() {
        JwtClaims claims = claims();
        claims.setClaim("auth_time", ISSUED - 3600);
        assertEquals(Instant.ofEpochSecond(ISSUED - 3600), PortalSessions.authTime(new DefaultJWTCallerPrincipal(claims)));
    }

    @Test
    void aTokenWithoutAuthTimeCountsFromItsIssueTimeNotFrom1970() {
        DefaultJWTCallerPrincipal token = new DefaultJWTCallerPrincipal(claims());
        // What made the fallback dead code: the claim is missing, yet getClaim answers 0 rather than null.
        assertEquals(0L, ((Number) token.getClaim("auth_time")).longValue());
        assertEquals(Instant.ofEpochSecond(ISSUED), PortalSessions.authTime(token));
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("wang.official");
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(ISSUED));
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(ISSUED + 300));
        return claims;
    }
}
