-- Apps a store removed on its own, reported in uploads; one upload per (store, upload key).

CREATE TABLE proactive_removal_upload (
    id               UUID PRIMARY KEY,
    store_code       TEXT        NOT NULL REFERENCES store (code),
    upload_key       TEXT        NOT NULL,
    fingerprint      TEXT,
    removals         BIGINT      NOT NULL DEFAULT 0,
    first_removed_at TIMESTAMPTZ,
    last_removed_at  TIMESTAMPTZ,
    uploaded_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (store_code, upload_key)
);

CREATE TABLE proactive_removal (
    upload_id         UUID        NOT NULL REFERENCES proactive_removal_upload (id),
    store_code        TEXT        NOT NULL,
    line              INT         NOT NULL,
    package_name      TEXT        NOT NULL,
    app_name          TEXT        NOT NULL,
    removed_at        TIMESTAMPTZ NOT NULL,
    reason            TEXT,
    PRIMARY KEY (upload_id, line)
);

CREATE INDEX proactive_removal_store_time ON proactive_removal (store_code, removed_at);
