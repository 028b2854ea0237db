-- Each new order to a store with an enabled webhook is pushed once; attempts back off and park after a limit.

CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    order_id        UUID        NOT NULL REFERENCES takedown_order (id),
    store_code      TEXT        NOT NULL REFERENCES store (code),
    status          TEXT        NOT NULL DEFAULT 'PENDING',
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    delivered_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (order_id)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_store ON webhook_delivery (store_code, status, created_at);
