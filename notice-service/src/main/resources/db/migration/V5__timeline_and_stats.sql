-- Penalty outcomes consumed from penalty.events (for the app timeline), and historical totals for statistics.

CREATE TABLE penalty_outcome (
    event_id    UUID PRIMARY KEY,
    case_id     UUID        NOT NULL,
    chain_id    UUID,
    event_type  TEXT        NOT NULL,
    summary     TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX penalty_outcome_chain ON penalty_outcome (chain_id);

-- Cumulative totals announced before the system existed (e.g. Nov 2021: 21 batches, 2.44 M apps tested,
-- 2,049 notified, 540 taken down); the system's own records after as_of are added on top.
CREATE TABLE stats_history (
    as_of              DATE PRIMARY KEY,
    batches            INT    NOT NULL CHECK (batches >= 0),
    apps_tested        BIGINT NOT NULL CHECK (apps_tested >= 0),
    apps_notified      INT    NOT NULL CHECK (apps_notified >= 0),
    apps_taken_down    INT    NOT NULL CHECK (apps_taken_down >= 0),
    proactive_removals BIGINT CHECK (proactive_removals >= 0),
    source             TEXT,
    imported_by        TEXT        NOT NULL,
    imported_at        TIMESTAMPTZ NOT NULL
);
