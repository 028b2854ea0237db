-- The W3C trace context of the request that wrote an outbox row (null when none was traced), so the relay sends the
-- event in that trace and the consumers continue it.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT, ADD COLUMN tracestate TEXT;
