package org.appsupervision.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One trace across the processes: a store's confirmation through the gateway to appstore-service, its event through
 * Kafka, and notice-service applying it; every service exports its spans by OTLP/HTTP to a receiver in this test.
 */
class TracingIT {

    static final OtlpReceiver receiver = new OtlpReceiver();
    @RegisterExtension
    static final PackagedSuite suite = PackagedSuite.withTakedownSla(Duration.ofHours(1))
            .withOptions(options -> options.withEveryServiceSettings(Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint", receiver.endpoint())));
    static final Gateway gateway = suite.gateway();

    @AfterAll
    static void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void aStoresConfirmationIsOneTraceFromTheGatewayToNoticeServicesConsumer() {
        String official = gateway.login("wang.official");
        String approver = gateway.login("li.approver");
        Map<String, Object> notice = ChainFixtures.takedown("关于下架侵害用户权益APP名单的通报（追踪）", List.of(
                ChainFixtures.app("豆瓣", "com.douban.traced", ChainFixtures.creditCode("110105", new Random(11)), false,
                        List.of("huawei"))));
        String id = gateway.as(official).contentType("application/json").body(notice).post("/api/notices")
                .then().statusCode(201).extract().path("id");
        gateway.as(approver).post("/api/notices/" + id + "/approval").then().statusCode(200);
        gateway.as(approver).post("/api/notices/" + id + "/publication").then().statusCode(200);
        String huawei = gateway.storeToken("huawei");
        String order = await().atMost(Duration.ofSeconds(30)).until(() -> gateway.storeOrders(huawei).stream()
                .filter(o -> id.equals(o.get("noticeId"))).map(o -> (String) o.get("id")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();

        gateway.as(huawei).contentType("application/json")
                .body(Map.of("removedAt", Instant.now().minusSeconds(30).toString(),
                        "listingReference", "https://appgallery.huawei.com/app/C2001", "note", "已下架"))
                .post("/api/store/orders/" + order + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));

        OtlpReceiver.Span appstoreServer = await().atMost(Duration.ofSeconds(60)).until(() -> receiver.spans().stream()
                .filter(span -> "appstore-service".equals(span.service()) && "SERVER".equals(span.kind())
                        && span.attributes().values().stream().anyMatch(v -> v.contains(order + "/confirmation")))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        String traceId = appstoreServer.traceId();
        // Each process exports in its own batches, so the gateway's spans may arrive after notice-service's: wait
        // for the consumer's span and for the gateway's two (the root and the call that is appstore's parent).
        List<OtlpReceiver.Span> trace = await().atMost(Duration.ofSeconds(60)).until(() -> receiver.trace(traceId),
                spans -> spans.stream().anyMatch(named("notice-service", "process TakedownConfirmed"))
                        && spans.stream().anyMatch(span -> span.spanId().equals(appstoreServer.parentSpanId()))
                        && spans.stream().anyMatch(span -> span.parentSpanId().isEmpty()));
        print(trace);

        OtlpReceiver.Span root = trace.stream().filter(span -> span.parentSpanId().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the trace has no root"));
        assertEquals("gateway", root.service());
        assertEquals("SERVER", root.kind());
        OtlpReceiver.Span proxyCall = parentOf(trace, appstoreServer);
        assertEquals("gateway", proxyCall.service());
        assertEquals("CLIENT", proxyCall.kind());
        assertEquals(root.spanId(), proxyCall.parentSpanId());
        OtlpReceiver.Span consumed = trace.stream().filter(named("notice-service", "process TakedownConfirmed"))
                .findFirst().orElseThrow();
        assertEquals("CONSUMER", consumed.kind());
        assertFalse(consumed.attributes().getOrDefault("supervision.chain_id", "").isEmpty(), "no chain id");
        OtlpReceiver.Span published = parentOf(trace, consumed);
        assertEquals("appstore-service", published.service());
        assertEquals("PRODUCER", published.kind());
        assertTrue(ancestors(trace, published).contains(appstoreServer), "the event left outside the request's trace");
    }

    private static Predicate<OtlpReceiver.Span> named(String service, String name) {
        return span -> service.equals(span.service()) && name.equals(span.name());
    }

    private static OtlpReceiver.Span parentOf(List<OtlpReceiver.Span> trace, OtlpReceiver.Span child) {
        return trace.stream().filter(span -> span.spanId().equals(child.parentSpanId())).findFirst()
                .orElseThrow(() -> new AssertionError("the parent of " + child + " is not in the trace"));
    }

    private static List<OtlpReceiver.Span> ancestors(List<OtlpReceiver.Span> trace, OtlpReceiver.Span span) {
        List<OtlpReceiver.Span> found = new java.util.ArrayList<>();
        OtlpReceiver.Span at = span;
        while (!at.parentSpanId().isEmpty()) {
            at = parentOf(trace, at);
            found.add(at);
        }
        return found;
    }

    /** The trace as the lead quotes it: each span with its service, kind, start after the root and duration. */
    private static void print(List<OtlpReceiver.Span> trace) {
        long start = trace.stream().mapToLong(OtlpReceiver.Span::startNanos).min().orElse(0);
        System.out.printf("Trace %s, %d spans:%n", trace.get(0).traceId(), trace.size());
        trace.stream().sorted(Comparator.comparingLong(OtlpReceiver.Span::startNanos)).forEach(span -> System.out.printf(
                "  +%8.1f ms %8.1f ms  %-17s %-9s %s%s%n", (span.startNanos() - start) / 1e6, span.millis(),
                span.service(), span.kind(), "  ".repeat(ancestors(trace, span).size()), span.name()));
    }
}
