package org.appsupervision.appstore.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.platform.tracing.EventSpans;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Traces through appstore-service: a confirmation's request and its event are one trace; so are an order and its record. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class ConfirmationTracingTest {

    static final String HUAWEI = TestTokens.store("huawei");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aConfirmationIsAServerSpanAndItsEventLeavesInTheSameTrace() {
        TakedownEvents.Ordered ordered = publishOrdered("com.traced.app", Map.of());
        String order = awaitOrder(ordered.noticeId());

        given().auth().oauth2(HUAWEI).contentType(ContentType.JSON).body(StoreOrderWritesTest.evidence())
                .post("/api/store/orders/" + order + "/confirmation").then().statusCode(200);

        SpanData server = await().atMost(Duration.ofSeconds(30)).until(() -> serverSpanOf(order), Optional::isPresent)
                .orElseThrow();
        assertEquals("POST /api/store/orders/{id}/confirmation", server.getName());
        List<EventProbe.Event> events = EventProbe.read(bootstrap, "appstore.events",
                read -> confirmationOf(read, order).isPresent(), Duration.ofSeconds(30));
        String traceparent = confirmationOf(events, order).orElseThrow().headers().get("traceparent");
        assertNotNull(traceparent, "the TakedownConfirmed record carries no traceparent");
        assertEquals(server.getTraceId(), traceparent.split("-")[1]);
        assertTrue(spans.getFinishedSpanItems().stream().anyMatch(span -> span.getKind() == SpanKind.PRODUCER
                && span.getTraceId().equals(server.getTraceId())), "no producer span in the confirmation's trace");
    }

    @Test
    void anOrderedEventIsAppliedInTheTraceItsRecordCarriesWithItsChainId() {
        String traceId = IdGenerator.random().generateTraceId();
        String parentId = IdGenerator.random().generateSpanId();
        TakedownEvents.Ordered ordered = publishOrdered("com.traced.batch",
                Map.of("traceparent", "00-" + traceId + "-" + parentId + "-01"));

        SpanData applied = await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getName().equals("process TakedownOrdered"))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertEquals(SpanKind.CONSUMER, applied.getKind());
        assertEquals(parentId, applied.getParentSpanId());
        assertEquals(ordered.chainId().toString(), applied.getAttributes().get(EventSpans.CHAIN_ID));
    }

    private Optional<SpanData> serverSpanOf(String order) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getKind() == SpanKind.SERVER
                && span.getAttributes().asMap().values().stream().anyMatch(value -> value.toString()
                        .equals("/api/store/orders/" + order + "/confirmation"))).findFirst();
    }

    private static Optional<EventProbe.Event> confirmationOf(List<EventProbe.Event> events, String order) {
        return events.stream().filter(e -> "TakedownConfirmed".equals(e.type()) && e.payload().contains(order))
                .findFirst();
    }

    private TakedownEvents.Ordered publishOrdered(String packageName, Map<String, String> headers) {
        TakedownEvents.Ordered ordered = TakedownEvents.ordered(packageName, Instant.now(), List.of("huawei"));
        EventProbe.publish(bootstrap, "notice.events", UUID.randomUUID().toString(), "TakedownOrdered",
                ordered.itemId().toString(), ordered.json(), headers);
        return ordered;
    }

    private String awaitOrder(UUID noticeId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(OFFICIAL)
                .queryParam("noticeId", noticeId.toString()).get("/api/orders").then().statusCode(200).extract()
                .jsonPath().<String>getList("id"), ids -> !ids.isEmpty()).get(0);
    }
}
