package org.appsupervision.gateway.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.StubServices;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class TokenIssuingTest {

    @Test
    void anOfficialLogsInAndGetsAnRs256TokenThatTheJwksVerifies() throws Exception {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "chen.gd", "password", "test-password-1"))
                .post("/auth/login")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .cookie("supervision_token", notNullValue())
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("Secure"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(300))
                .extract().path("access_token");

        JwtClaims claims = verifier().processToClaims(token);
        assertEquals("chen.gd", claims.getSubject());
        assertEquals("https://gateway.supervision.local", claims.getIssuer());
        assertEquals(List.of("supervision"), claims.getAudience());
        assertEquals(List.of("bureau"), claims.getStringListClaimValue("groups"));
        assertEquals("44", claims.getStringClaimValue("province"));
        assertNotNull(claims.getJwtId());
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void aStoreClientGetsAStoreScopedTokenWithBasicOrFormCredentials() throws Exception {
        String basic = given().auth().preemptive().basic("store-huawei", "test-secret-huawei")
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .extract().path("access_token");
        String form = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "store-xiaomi").formParam("client_secret", "test-secret-xiaomi")
                .post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");

        JwtClaims huawei = verifier().processToClaims(basic);
        assertEquals("huawei", huawei.getStringClaimValue("store_id"));
        assertEquals(List.of("store"), huawei.getStringListClaimValue("groups"));
        assertEquals("xiaomi", verifier().processToClaims(form).getStringClaimValue("store_id"));
    }

    @Test
    void wrongCredentialsAreRefusedAlikeWhetherTheNameOrTheSecretIsWrong() {
        given().auth().preemptive().basic("store-huawei", "wrong").formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", equalTo("invalid_client"));
        given().auth().preemptive().basic("store-nobody", "wrong").formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        given().contentType(ContentType.JSON).body(Map.of("username", "chen.gd", "password", "nope"))
                .post("/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"))
                .body(not(containsString("access_token")));
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody", "password", "nope"))
                .post("/auth/login")
                .then().statusCode(401).body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void rejectsOtherGrantTypesAndMissingFields() {
        given().formParam("grant_type", "password").formParam("username", "x").formParam("password", "y")
                .post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().formParam("client_id", "store-huawei").post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.JSON).body(Map.of("username", "chen.gd"))
                .post("/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("password")));
    }

    @Test
    void aTokenSignedByAnotherKeyDoesNotVerifyAgainstTheJwks() throws Exception {
        String token = given().auth().preemptive().basic("store-huawei", "test-secret-huawei")
                .formParam("grant_type", "client_credentials").post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThrows(InvalidJwtException.class, () -> verifier().processToClaims(tampered));
    }

    @Test
    void jwksPublishesTheSigningKeyFirstAndThePreviousKeyBesideIt() {
        given().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .body("keys", hasSize(2))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].kid", notNullValue())
                .body("keys[0]", not(org.hamcrest.Matchers.hasKey("d")));
    }

    private static JwtConsumer verifier() throws Exception {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        JsonWebKeySet keys = new JsonWebKeySet(jwks);
        assertTrue(keys.getJsonWebKeys().size() >= 1);
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setExpectedIssuer("https://gateway.supervision.local")
                .setExpectedAudience("supervision")
                .setRequireExpirationTime()
                .setRequireJwtId()
                .build();
    }
}
