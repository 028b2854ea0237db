package org.appsupervision.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.events.ChainEvent;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The span of a consumer applying one event: a child of the trace context its Kafka record carries (the request that
 * wrote the event), named after the event type, with the event's chain id as {@code supervision.chain_id}.
 */
@ApplicationScoped
public class EventSpans {

    public static final AttributeKey<String> CHAIN_ID = AttributeKey.stringKey("supervision.chain_id");
    public static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("supervision.event_type");

    private final Tracer tracer;
    private final TraceContexts traces;

    public EventSpans(OpenTelemetry openTelemetry, TraceContexts traces) {
        this.tracer = openTelemetry.getTracer("org.appsupervision.platform.inbox");
        this.traces = traces;
    }

    /** Starts the span of applying the message's event; the caller makes it current and ends it. */
    public Span start(Message<String> message, String consumer, String type, UUID eventId, ChainEvent event) {
        Optional<IncomingKafkaRecordMetadata> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        Context parent = kafka.map(record -> traces.fromHeaders(record.getHeaders())).orElse(Context.root());
        SpanBuilder span = tracer.spanBuilder("process " + type).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", eventId.toString())
                .setAttribute(EVENT_TYPE, type);
        kafka.ifPresent(record -> span.setAttribute("messaging.destination.name", record.getTopic()));
        if (event.chainId() != null) {
            span.setAttribute(CHAIN_ID, event.chainId().toString());
        }
        return span.startSpan();
    }

    /** Ends the span, marked as an error when the event could not be applied (parked, or left for redelivery). */
    public static void end(Span span, RuntimeException failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, "event not applied");
        }
        span.end();
    }
}
