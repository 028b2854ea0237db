package org.appsupervision.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) as text, for the places no instrumentation carries
 * it: an outbox row written by a request and published later by the relay, and a record's headers read by the inbox.
 */
@ApplicationScoped
public class TraceContexts {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapGetter<Headers> KAFKA = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            return StreamSupport.stream(carrier.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final TextMapPropagator propagator;

    public TraceContexts(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** The current span's context as headers; empty when there is no span (tracing off, a job without a trace). */
    public Map<String, String> current() {
        Map<String, String> headers = new HashMap<>();
        propagator.inject(Context.current(), headers, (carrier, key, value) -> carrier.put(key, value));
        headers.keySet().retainAll(List.of(TRACEPARENT, TRACESTATE));
        return headers;
    }

    /** The context stored as {@link #current()} gave it; the root context when nothing (or nothing valid) was stored. */
    public Context fromText(String traceparent, String tracestate) {
        Map<String, String> headers = new HashMap<>();
        if (traceparent != null) {
            headers.put(TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            headers.put(TRACESTATE, tracestate);
        }
        return propagator.extract(Context.root(), headers, MAP);
    }

    /** The context a Kafka record carries in its headers; the root context when it carries none. */
    public Context fromHeaders(Headers headers) {
        return propagator.extract(Context.root(), headers, KAFKA);
    }
}
