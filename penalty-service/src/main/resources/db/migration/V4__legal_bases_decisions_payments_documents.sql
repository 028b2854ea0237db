-- Legal bases as data, the penalties of prior notices and decisions, payments, and the case
-- documents (immutable once served).

CREATE TABLE legal_basis (
    code                     TEXT PRIMARY KEY,
    law_zh                   TEXT    NOT NULL,
    law_en                   TEXT    NOT NULL,
    article                  TEXT    NOT NULL,
    effective_from           DATE    NOT NULL,
    effective_to             DATE,
    verified                 BOOLEAN NOT NULL,
    ordinary_penalties       TEXT    NOT NULL,
    serious_penalties        TEXT    NOT NULL,
    ordinary_fine_cap        NUMERIC(16, 2),
    serious_fine_cap         NUMERIC(16, 2),
    serious_turnover_percent NUMERIC(5, 2),
    gains_multiple_min       NUMERIC(6, 2),
    gains_multiple_max       NUMERIC(6, 2),
    person_min_ordinary      NUMERIC(16, 2),
    person_max_ordinary      NUMERIC(16, 2),
    person_min_serious       NUMERIC(16, 2),
    person_max_serious       NUMERIC(16, 2),
    note                     TEXT
);

INSERT INTO legal_basis VALUES
    ('PIPL-66', '中华人民共和国个人信息保护法', 'Personal Information Protection Law', '第六十六条',
     DATE '2021-11-01', NULL, TRUE,
     'WARNING,CONFISCATION,SUSPENSION,FINE,RESPONSIBLE_PERSON_FINE', 'BUSINESS_OVERHAUL,REVOCATION_REFERRAL',
     1000000, 50000000, 5, NULL, NULL, 10000, 100000, 100000, 1000000,
     'Ordinary: fine only if the processor refuses to correct. Serious: only authorities at provincial level or above; cap 50,000,000 CNY or 5 % of the previous year''s turnover.'),
    ('CSL-64-2017', '中华人民共和国网络安全法', 'Cybersecurity Law (2017 text)', '第六十四条',
     DATE '2017-06-01', DATE '2025-12-31', TRUE,
     'WARNING,CONFISCATION,FINE,RESPONSIBLE_PERSON_FINE', 'SUSPENSION,BUSINESS_OVERHAUL,REVOCATION_REFERRAL',
     1000000, NULL, NULL, 1, 10, 10000, 100000, 10000, 100000,
     'Fine 1 to 10 times the illegal gains, or up to 1,000,000 CNY when there are none.'),
    ('CSL-64-2026', '中华人民共和国网络安全法', 'Cybersecurity Law (amended, in force 2026-01-01)', '第六十四条',
     DATE '2026-01-01', NULL, FALSE,
     'WARNING,CONFISCATION,FINE,RESPONSIBLE_PERSON_FINE', 'SUSPENSION,BUSINESS_OVERHAUL,REVOCATION_REFERRAL',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'Amended text: the new figures are NOT verified; the row cannot be cited until an admin enters and verifies them.');

ALTER TABLE penalty_case ADD COLUMN illegal_gains NUMERIC(16, 2);
ALTER TABLE penalty_case ADD COLUMN previous_year_turnover NUMERIC(18, 2);
ALTER TABLE penalty_case ADD COLUMN prior_notice_basis TEXT REFERENCES legal_basis (code);
ALTER TABLE penalty_case ADD COLUMN prior_notice_reasons TEXT;
ALTER TABLE penalty_case ADD COLUMN decision_basis TEXT REFERENCES legal_basis (code);
ALTER TABLE penalty_case ADD COLUMN decision_reasons TEXT;
ALTER TABLE penalty_case ADD COLUMN total_fine NUMERIC(16, 2);

CREATE TABLE case_penalty (
    id       BIGSERIAL PRIMARY KEY,
    case_id  UUID          NOT NULL REFERENCES penalty_case (id),
    phase    TEXT          NOT NULL CHECK (phase IN ('PRIOR_NOTICE', 'DECISION')),
    type     TEXT          NOT NULL,
    amount   NUMERIC(16, 2),
    note     TEXT
);
CREATE INDEX case_penalty_case ON case_penalty (case_id, phase);

CREATE TABLE payment (
    id          UUID PRIMARY KEY,
    case_id     UUID           NOT NULL REFERENCES penalty_case (id),
    amount      NUMERIC(16, 2) NOT NULL CHECK (amount > 0),
    paid_on     DATE           NOT NULL,
    reference   TEXT,
    recorded_by TEXT           NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX payment_case ON payment (case_id);

CREATE TABLE case_document (
    id           UUID PRIMARY KEY,
    case_id      UUID        NOT NULL REFERENCES penalty_case (id),
    kind         TEXT        NOT NULL,
    number       TEXT        NOT NULL,
    content      TEXT        NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    served_on    DATE
);
CREATE INDEX case_document_case ON case_document (case_id);

-- A served document never changes and is never deleted, whatever the code does.
CREATE FUNCTION case_document_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.served_on IS NOT NULL THEN
        RAISE EXCEPTION 'case document % was served on % and cannot change', OLD.id, OLD.served_on;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_document_immutable BEFORE UPDATE OR DELETE ON case_document
    FOR EACH ROW EXECUTE FUNCTION case_document_immutable();
