package org.appsupervision.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each service's {@code PackagedServiceIT} ({@code @QuarkusIntegrationTest} with {@link DevStackResource}) checks
 * of its packaged jar in the production profile: health and metrics answer only on the management port (Kubernetes
 * probes it, Prometheus scrapes it), the public port answers 404 for them and keeps the API document, and the API
 * refuses a request without a token and answers one with a token of the suite's issuer.
 */
public abstract class PackagedServiceChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TestHTTPResource("/")
    URL publicPort;

    /** A path of the service's API that an official may read, named in its API document. */
    protected abstract String officialsPath();

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        assertEquals(List.of(), OperationsEndpoints.faultsOnTheManagementPort(DevStackResource.managementUri()));
    }

    @Test
    void thePublicPortHidesHealthAndMetricsButKeepsTheApiDocument() throws URISyntaxException {
        assertEquals(List.of(), OperationsEndpoints.faultsOnThePublicPort(publicPort.toURI(),
                Map.of("/q/openapi", officialsPath())));
    }

    @Test
    void refusesARequestWithoutATokenAsAProblem() throws Exception {
        HttpResponse<String> answer = get(HttpRequest.newBuilder(publicPort.toURI().resolve(officialsPath())));
        assertEquals(401, answer.statusCode());
        assertEquals("application/problem+json",
                answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
    }

    @Test
    void answersARequestWithATokenOfTheSuitesIssuer() throws Exception {
        HttpResponse<String> answer = get(HttpRequest.newBuilder(publicPort.toURI().resolve(officialsPath()))
                .header("Authorization", "Bearer " + TestTokens.user("wang.official", "official")));
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static HttpResponse<String> get(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
