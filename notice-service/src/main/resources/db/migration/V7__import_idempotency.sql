-- Idempotency-Key of the import endpoints: per user and key, a fingerprint of the request and the job it opened.
CREATE TABLE import_idempotency_key (
    user_name   TEXT        NOT NULL,
    key         TEXT        NOT NULL,
    fingerprint TEXT        NOT NULL,
    job_id      UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_name, key)
);
