package org.appsupervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import org.appsupervision.devstack.DevStackResource;
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

    private static final List<String> OPERATIONS = List.of("/q/metrics", "/q/health", "/q/health/ready",
            "/q/health/live", "/q/health/started");

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private RequestSpecification onManagementPort() {
        return given().port(management.getPort());
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        onManagementPort().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        for (String path : OPERATIONS.subList(1, OPERATIONS.size())) {
            onManagementPort().get(path).then().statusCode(200);
        }
    }

    @Test
    void thePublicPortHidesHealthAndMetricsButKeepsTheApiDocument() {
        for (String path : OPERATIONS) {
            given().get(path).then().statusCode(404);
        }
        given().get("/q/openapi").then().statusCode(200).body(containsString("/auth/login"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
