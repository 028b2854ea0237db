package org.appsupervision.gateway.token;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.appsupervision.devstack.SigningKeys;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/** Key rotation by kid: the previous key is published and accepted until its last token has expired. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class KeyRotationTest {

    @Inject
    AgroalDataSource dataSource;

    private final Caller caller = Caller.fresh();

    @Test
    void newTokensCarryTheSigningKeysKidWhichTheJwksListsFirst() throws Exception {
        String token = caller.login("sun.auditor");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        String firstKid = caller.anonymous().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");
        assertEquals(firstKid, jws.getKeyIdHeaderValue());
    }

    @Test
    void aTokenOfThePreviousKeyIsAcceptedAndTheKeyLeavesTheJwksOnceItsTokensHaveExpired() throws Exception {
        PrivateKey previous = SigningKeys.readPrivateKey(Path.of(System.getProperty(StubServices.PREVIOUS_KEY)));
        String previousKid = previousKid();
        caller.as(Forge.rs256(Forge.auditorClaims(c -> { }), previous, previousKid)).get("/audit/verification")
                .then().statusCode(200);
        try {
            lastSigned(previousKid, "now() - interval '2 minutes'");
            caller.anonymous().get("/.well-known/jwks.json").then().body("keys.kid", hasItem(previousKid));
            lastSigned(previousKid, "now() - interval '10 minutes'");
            caller.anonymous().get("/.well-known/jwks.json").then()
                    .body("keys", hasSize(1)).body("keys.kid", not(hasItem(previousKid)));
        } finally {
            execute("DELETE FROM signing_key_use WHERE kid = '" + previousKid + "'");
        }
        caller.anonymous().get("/.well-known/jwks.json").then().body("keys.kid", hasItem(previousKid))
                .body("keys[1].kid", equalTo(previousKid));
    }

    private String previousKid() throws Exception {
        String jwks = caller.anonymous().get("/.well-known/jwks.json").then().extract().asString();
        List<org.jose4j.jwk.JsonWebKey> keys = new JsonWebKeySet(jwks).getJsonWebKeys();
        assertEquals(2, keys.size());
        return keys.get(1).getKeyId();
    }

    private void lastSigned(String kid, String when) throws SQLException {
        execute("INSERT INTO signing_key_use (kid, last_signed_at) VALUES ('" + kid + "', " + when + ") "
                + "ON CONFLICT (kid) DO UPDATE SET last_signed_at = EXCLUDED.last_signed_at");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
