package org.appsupervision.penalty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** The endpoints Kubernetes probes, Prometheus scrapes and the gateway's API document reads answer. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class OperationsEndpointsTest {

    @Test
    void exposesPrometheusMetricsAndTheHealthProbes() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/penalty/cases"));
    }
}
