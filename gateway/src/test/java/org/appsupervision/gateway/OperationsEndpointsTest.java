package org.appsupervision.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.OperationsEndpoints;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics answer only on the management port (Kubernetes probes it, Prometheus scrapes it); the public
 * port answers 404 for them and keeps the API document and Swagger UI, which are public by design.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class OperationsEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL publicPort;

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() throws Exception {
        assertEquals(List.of(), OperationsEndpoints.faultsOnTheManagementPort(management.toURI()));
    }

    @Test
    void thePublicPortHidesHealthAndMetricsButKeepsTheApiDocument() throws Exception {
        assertEquals(List.of(), OperationsEndpoints.faultsOnThePublicPort(publicPort.toURI(), Map.of("/q/openapi", "/auth/login", "/q/swagger-ui/", "swagger")));
    }
}
