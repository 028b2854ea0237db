-- Takedown orders: one per (notice item, store). The unique key makes order creation idempotent.

CREATE TABLE takedown_order (
    id                UUID PRIMARY KEY,
    notice_id         UUID        NOT NULL,
    item_id           UUID        NOT NULL,
    chain_id          UUID        NOT NULL,
    notice_title      TEXT        NOT NULL,
    app_name          TEXT        NOT NULL,
    package_name      TEXT        NOT NULL,
    app_version       TEXT,
    operator_name     TEXT        NOT NULL,
    store_code        TEXT        NOT NULL REFERENCES store (code),
    status            TEXT        NOT NULL,
    ordered_at        TIMESTAMPTZ NOT NULL,
    deadline          TIMESTAMPTZ NOT NULL,
    received_at       TIMESTAMPTZ NOT NULL,
    overdue_at        TIMESTAMPTZ,
    confirmed_at      TIMESTAMPTZ,
    removed_at        TIMESTAMPTZ,
    listing_reference TEXT,
    note              TEXT,
    version           BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (item_id, store_code)
);

CREATE INDEX takedown_order_store_listing ON takedown_order (store_code, ordered_at, id);
CREATE INDEX takedown_order_notice ON takedown_order (notice_id);
CREATE INDEX takedown_order_pending_deadline ON takedown_order (deadline) WHERE status = 'PENDING' AND overdue_at IS NULL;
