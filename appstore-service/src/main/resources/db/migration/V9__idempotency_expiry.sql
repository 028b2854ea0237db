-- Idempotency-Keys expire after appstore.idempotency.retention; the cleanup finds them by age.
CREATE INDEX idempotent_write_created ON idempotent_write (created_at);
