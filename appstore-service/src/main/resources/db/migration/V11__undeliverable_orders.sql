-- Orders a takedown notice named but that could not be issued, because the store is not registered or was
-- deactivated. Recorded in the consumer's transaction together with the orders that could be issued, one row per
-- (notice item, store): officials see on the notice's takedown board which named stores received nothing and why,
-- and a redelivered event records nothing twice. No reference to store: an unknown store has no row there.
CREATE TABLE undeliverable_order (
    id           UUID PRIMARY KEY,
    notice_id    UUID        NOT NULL,
    item_id      UUID        NOT NULL,
    chain_id     UUID        NOT NULL,
    notice_title TEXT        NOT NULL,
    app_name     TEXT        NOT NULL,
    package_name TEXT        NOT NULL,
    store_code   TEXT        NOT NULL,
    reason       TEXT        NOT NULL CHECK (reason IN ('STORE_NOT_REGISTERED', 'STORE_DEACTIVATED')),
    ordered_at   TIMESTAMPTZ NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (item_id, store_code)
);

CREATE INDEX undeliverable_order_notice ON undeliverable_order (notice_id, app_name, id);
