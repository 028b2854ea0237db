package org.appsupervision.gateway.client;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class ClientAdminTest {

    private final Caller caller = Caller.fresh();

    @Test
    void aNewClientsSecretIsShownOnceAndWorks() {
        String admin = caller.login("admin");
        String secret = caller.as(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", "store-meizu", "storeCode", "meizu"))
                .post("/admin/clients")
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("clientSecret", notNullValue()).body("liveSecrets", equalTo(1))
                .extract().path("clientSecret");
        caller.storeToken("store-meizu", secret);
        caller.as(admin).get("/admin/clients").then().statusCode(200)
                .body("clientId", hasItem("store-meizu"))
                .body("find { it.clientId == 'store-meizu' }.clientSecret", nullValue())
                .body(not(containsString(secret)));
        caller.as(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", "store-meizu", "storeCode", "meizu"))
                .post("/admin/clients").then().statusCode(409);
        caller.as(admin).contentType(ContentType.JSON).body(Map.of("clientId", "Bad Id!"))
                .post("/admin/clients").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("storeCode"));
    }

    @Test
    void afterARotationBothSecretsWorkDuringTheOverlap() {
        String admin = caller.login("admin");
        String first = caller.as(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", "store-lenovo", "storeCode", "lenovo"))
                .post("/admin/clients").then().statusCode(201).extract().path("clientSecret");
        String second = caller.as(admin).post("/admin/clients/store-lenovo/secrets")
                .then().statusCode(200).body("liveSecrets", equalTo(2))
                .body("previousSecretsExpireAt", notNullValue())
                .extract().path("clientSecret");
        caller.storeToken("store-lenovo", first);
        caller.storeToken("store-lenovo", second);
    }

    @Test
    void aRevokedClientGetsNoMoreTokens() {
        String admin = caller.login("admin");
        String secret = caller.as(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", "store-smartisan", "storeCode", "smartisan"))
                .post("/admin/clients").then().statusCode(201).extract().path("clientSecret");
        caller.storeToken("store-smartisan", secret);
        caller.as(admin).post("/admin/clients/store-smartisan/revocation").then().statusCode(200)
                .body("enabled", equalTo(false)).body("liveSecrets", equalTo(0));
        caller.anonymous().auth().preemptive().basic("store-smartisan", secret)
                .formParam("grant_type", "client_credentials").post("/oauth2/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        caller.as(admin).post("/admin/clients/store-smartisan/secrets").then().statusCode(409);
        caller.as(admin).post("/admin/clients/store-nobody/revocation").then().statusCode(404);
    }
}
