-- Idempotency-Keys of the imports expire after supervision.idempotency.retention; the cleanup finds them by age.
CREATE INDEX import_idempotency_key_created ON import_idempotency_key (created_at);
