package org.appsupervision.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The gateway's HTTP metrics name proxied requests by the operation's path template that the service documents,
 * never by the ids in the path (one series per id would exhaust Micrometer's URI tags).
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class ProxyMetricsTagTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final Caller caller = Caller.fresh();

    @Test
    void proxiedRequestsAreCountedUnderTheServicesPathTemplatesAndNeverUnderTheirIds() {
        // One request a second: the services' templates may take a while to load on a busy machine, and the caller's
        // address may send at most 60 anonymous requests a minute (test profile) before the gateway answers 429.
        Awaitility.await().atMost(Duration.ofSeconds(50)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            caller.anonymous().get("/api/notices/" + UUID.randomUUID()).then().statusCode(200);
            return scrape().contains("uri=\"/api/notices/{id}\"");
        });
        String marker = "tag-check-" + UUID.randomUUID();
        caller.anonymous().get("/api/notices/" + marker).then().statusCode(200);
        caller.anonymous().get("/api/notices/" + marker + "/not/an/operation").then().statusCode(200);
        caller.anonymous().get("/api/stores/" + marker + "/status").then().statusCode(200);

        String scraped = scrape();
        assertTrue(!scraped.contains(marker), "an id of a request path became a metrics tag");
        assertTrue(scraped.contains("uri=\"/api/notices/*\""), "a path no operation matches is named by its route");
        assertTrue(scraped.contains("uri=\"/api/stores/{id}/status\""), "appstore's template names its request");
    }

    private String scrape() {
        return given().get(URI.create(management.toString()).resolve("/q/metrics").toString()).then().statusCode(200).extract().asString();
    }
}
