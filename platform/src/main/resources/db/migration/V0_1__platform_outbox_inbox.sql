-- Shared by every service: the transactional outbox, the consumer inbox and parked events.

CREATE TABLE outbox_event (
    seq            BIGSERIAL PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    event_type     TEXT        NOT NULL,
    schema_version INT         NOT NULL,
    aggregate_id   TEXT        NOT NULL,
    chain_id       UUID,
    occurred_at    TIMESTAMPTZ NOT NULL,
    payload        TEXT        NOT NULL,
    published_at   TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

CREATE TABLE inbox_event (
    event_id    UUID        NOT NULL,
    consumer    TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);

CREATE TABLE parked_event (
    id          BIGSERIAL PRIMARY KEY,
    event_id    TEXT,
    consumer    TEXT        NOT NULL,
    event_type  TEXT,
    topic       TEXT,
    kafka_partition INT,
    kafka_offset    BIGINT,
    payload     TEXT,
    reason      TEXT        NOT NULL,
    parked_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
