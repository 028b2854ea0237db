-- Acknowledgement, objections and their decisions, reinstatement orders, and idempotent writes of the store API.

ALTER TABLE takedown_order
    ADD COLUMN kind                    TEXT NOT NULL DEFAULT 'TAKEDOWN',
    ADD COLUMN acknowledged_at         TIMESTAMPTZ,
    ADD COLUMN objected_at             TIMESTAMPTZ,
    ADD COLUMN objection_reason        TEXT,
    ADD COLUMN objection_text          TEXT,
    ADD COLUMN objection_outcome       TEXT,
    ADD COLUMN objection_decided_at    TIMESTAMPTZ,
    ADD COLUMN objection_decided_by    TEXT,
    ADD COLUMN objection_decision_note TEXT;

ALTER TABLE takedown_order DROP CONSTRAINT takedown_order_item_id_store_code_key;
ALTER TABLE takedown_order ADD CONSTRAINT takedown_order_item_store_kind UNIQUE (item_id, store_code, kind);

DROP INDEX takedown_order_pending_deadline;
CREATE INDEX takedown_order_running_clock ON takedown_order (deadline)
    WHERE status IN ('PENDING', 'ACKNOWLEDGED') AND overdue_at IS NULL AND kind = 'TAKEDOWN';

-- One row per (store, Idempotency-Key): the request's fingerprint and the first answer, replayed on retries.
CREATE TABLE idempotent_write (
    store_code   TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    status       INT,
    response     TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (store_code, key)
);
