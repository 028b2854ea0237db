package org.appsupervision.gateway.token;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.SigningKeys;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JWT battery against the gateway's own protected endpoints: every forged, stale or misdirected
 * token is refused with 401 and a problem document. The services get the same battery in e2e-tests.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class JwtBatteryTest {

    private final Caller caller = Caller.fresh();
    private PrivateKey gatewayKey;
    private String kid;

    @BeforeEach
    void readTheGatewaysKey() {
        Path keyFile = Path.of(System.getProperty(DevStackResource.SIGNING_KEY_PROPERTY));
        gatewayKey = SigningKeys.readPrivateKey(keyFile);
        kid = caller.anonymous().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");
    }

    @Test
    void aCorrectlyMadeTokenIsAccepted() {
        caller.as(Forge.rs256(Forge.auditorClaims(c -> { }), gatewayKey, kid)).get("/audit/verification")
                .then().statusCode(200);
    }

    @Test
    void everyBadTokenIsRefused() throws Exception {
        byte[] publicKeyPem = Files.readAllBytes(SigningKeys.publicKeyOf(
                Path.of(System.getProperty(DevStackResource.SIGNING_KEY_PROPERTY))));
        String valid = Forge.rs256(Forge.auditorClaims(c -> { }), gatewayKey, kid);
        String[] parts = valid.split("\\.");
        char last = parts[2].charAt(10);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10)
                + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);

        Map<String, String> battery = new LinkedHashMap<>();
        battery.put("alg none", Forge.unsigned(Forge.auditorClaims(c -> { })));
        battery.put("HS256 keyed with the public key", Forge.hs256(Forge.auditorClaims(c -> { }), publicKeyPem, kid));
        battery.put("bad signature", badSignature);
        battery.put("expired", Forge.rs256(Forge.auditorClaims(c -> {
            c.setIssuedAt(Forge.minutesFromNow(-10));
            c.setExpirationTime(Forge.minutesFromNow(-5));
        }), gatewayKey, kid));
        battery.put("not yet valid", Forge.rs256(Forge.auditorClaims(c -> c.setNotBefore(Forge.minutesFromNow(3))),
                gatewayKey, kid));
        battery.put("wrong issuer", Forge.rs256(Forge.auditorClaims(c -> c.setIssuer("https://evil.example")),
                gatewayKey, kid));
        battery.put("wrong audience", Forge.rs256(Forge.auditorClaims(c -> c.setAudience("someone-else")),
                gatewayKey, kid));
        battery.put("unknown kid", Forge.rs256(Forge.auditorClaims(c -> { }), Forge.strangerKey(), "not-our-key"));
        battery.put("stranger's key under our kid", Forge.rs256(Forge.auditorClaims(c -> { }), Forge.strangerKey(), kid));
        battery.put("no kid, stranger's key", Forge.rs256(Forge.auditorClaims(c -> { }), Forge.strangerKey(), null));
        battery.put("missing exp", Forge.rs256(Forge.auditorClaims(c -> c.unsetClaim("exp")), gatewayKey, kid));
        battery.put("lifetime longer than the gateway issues", Forge.rs256(Forge.auditorClaims(
                c -> c.setExpirationTime(Forge.minutesFromNow(600))), gatewayKey, kid));
        battery.put("tampered claims", Forge.withPayload(valid, Forge.auditorClaims(
                c -> c.setStringListClaim("groups", List.of("auditor", "admin")))));
        battery.put("oversized", Forge.rs256(Forge.auditorClaims(c -> c.setClaim("padding", "x".repeat(12_000))),
                gatewayKey, kid));
        battery.put("garbage", "not.a.token");

        for (Map.Entry<String, String> bad : battery.entrySet()) {
            caller.as(bad.getValue()).get("/audit/verification")
                    .then().log().ifValidationFails()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", equalTo("/problems/unauthenticated"))
                    .body(not(containsString("Exception")));
            caller.anonymous().cookie("supervision_token", bad.getValue()).get("/audit/verification")
                    .then().statusCode(401);
        }
    }

    @Test
    void aStoreTokenCannotBeTurnedIntoAnAdminsByEditingItsClaims() {
        String store = caller.storeToken("store-huawei", "test-secret-huawei");
        String forged = Forge.withPayload(store, Forge.auditorClaims(c -> {
            c.setSubject("admin");
            c.setStringListClaim("groups", List.of("admin"));
        }));
        caller.as(forged).get("/admin/accounts").then().statusCode(401);
        caller.as(store).get("/admin/accounts").then().statusCode(403);
    }

}
