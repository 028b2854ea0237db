-- Case proposals: facts from the chain that call for a penalty case at a bureau.
-- fact_key is unique, so the same facts never produce two proposals.

CREATE TABLE case_proposal (
    id                    UUID PRIMARY KEY,
    bureau_province_code  CHAR(2)     NOT NULL REFERENCES bureau (province_code),
    ground                TEXT        NOT NULL,
    subject_kind          TEXT        NOT NULL,
    subject_name          TEXT        NOT NULL,
    subject_code          TEXT        NOT NULL,
    fact_key              TEXT        NOT NULL UNIQUE,
    chain_id              UUID        NOT NULL,
    notice_id             UUID        NOT NULL,
    item_id               UUID        NOT NULL,
    order_id              UUID,
    app_name              TEXT,
    package_name          TEXT        NOT NULL,
    facts                 TEXT        NOT NULL,
    status                TEXT        NOT NULL,
    proposed_at           TIMESTAMPTZ NOT NULL
);

CREATE INDEX case_proposal_bureau ON case_proposal (bureau_province_code, proposed_at);
