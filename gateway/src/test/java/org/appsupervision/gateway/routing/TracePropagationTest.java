package org.appsupervision.gateway.routing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The gateway's call to a service carries the W3C trace context of the gateway's own span for that call. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class TracePropagationTest {

    @Inject
    InMemorySpanExporter spans;

    private final Caller caller = Caller.fresh();

    @Test
    void theServiceReceivesTheTraceOfTheCallerThroughTheGatewaysClientSpan() {
        String traceId = IdGenerator.random().generateTraceId();
        String callerSpan = IdGenerator.random().generateSpanId();
        String received = caller.anonymous().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .get("/api/notices/42").then().statusCode(200).extract().path("traceparent");

        assertNotNull(received, "the service received no traceparent");
        String[] parts = received.split("-");
        assertEquals(traceId, parts[1]);
        List<SpanData> trace = await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId)).toList(), found -> found.size() >= 2);
        SpanData client = trace.stream().filter(span -> span.getSpanId().equals(parts[2])).findFirst()
                .orElseThrow(() -> new AssertionError("the service's parent is no span of the gateway: " + trace));
        assertEquals(SpanKind.CLIENT, client.getKind());
        SpanData server = trace.stream().filter(span -> span.getSpanId().equals(client.getParentSpanId())).findFirst()
                .orElseThrow();
        assertEquals(SpanKind.SERVER, server.getKind());
        assertEquals(callerSpan, server.getParentSpanId());
    }
}
