-- Notices and their items (one app per item), and the stores' confirmations per item.

CREATE TABLE notice (
    id           UUID PRIMARY KEY,
    kind         TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    drafted_by   TEXT        NOT NULL,
    drafted_at   TIMESTAMPTZ NOT NULL,
    approved_by  TEXT,
    approved_at  TIMESTAMPTZ,
    published_by TEXT,
    published_at TIMESTAMPTZ,
    version      BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE notice_item (
    id                     UUID PRIMARY KEY,
    notice_id              UUID    NOT NULL REFERENCES notice (id),
    seq                    INT     NOT NULL,
    chain_id               UUID    NOT NULL UNIQUE,
    app_name               TEXT    NOT NULL,
    package_name           TEXT    NOT NULL,
    app_version            TEXT,
    operator_name          TEXT    NOT NULL,
    operator_credit_code   CHAR(18) NOT NULL,
    operator_province_code CHAR(2) NOT NULL REFERENCES province (code),
    refused_rectification  BOOLEAN NOT NULL,
    UNIQUE (notice_id, seq),
    UNIQUE (notice_id, package_name)
);

CREATE TABLE notice_item_problem (
    item_id      UUID NOT NULL REFERENCES notice_item (id),
    problem_code TEXT NOT NULL REFERENCES problem_kind (code),
    PRIMARY KEY (item_id, problem_code)
);

CREATE TABLE notice_item_store (
    item_id    UUID NOT NULL REFERENCES notice_item (id),
    store_code TEXT NOT NULL,
    PRIMARY KEY (item_id, store_code)
);

CREATE TABLE store_confirmation (
    item_id           UUID        NOT NULL REFERENCES notice_item (id),
    store_code        TEXT        NOT NULL,
    order_id          UUID        NOT NULL UNIQUE,
    removed_at        TIMESTAMPTZ NOT NULL,
    confirmed_at      TIMESTAMPTZ NOT NULL,
    listing_reference TEXT,
    PRIMARY KEY (item_id, store_code)
);
