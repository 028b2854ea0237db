package org.appsupervision.penalty;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.OperationsEndpoints;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged penalty-service (its jar, in the production profile, against real PostgreSQL and Kafka): health and
 * metrics answer only on the management port (Kubernetes probes it, Prometheus scrapes it), the public port answers
 * 404 for them and keeps the API document, and the API wants a token of the suite's issuer.
 */
@QuarkusIntegrationTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class PackagedServiceIT {

    @TestHTTPResource("/")
    URL publicPort;

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        assertEquals(List.of(), OperationsEndpoints.faultsOnTheManagementPort(DevStackResource.managementUri()));
    }

    @Test
    void thePublicPortHidesHealthAndMetricsButKeepsTheApiDocument() throws Exception {
        assertEquals(List.of(), OperationsEndpoints.faultsOnThePublicPort(publicPort.toURI(),
                Map.of("/q/openapi", "/api/penalty/cases")));
    }

    @Test
    void refusesARequestWithoutATokenAsAProblem() {
        given().get("/api/penalty/cases").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void answersARequestWithATokenOfTheSuitesIssuer() {
        given().auth().oauth2(TestTokens.user("wang.official", "official")).get("/api/penalty/cases").then().statusCode(200);
    }
}
