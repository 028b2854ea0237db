-- Penalty cases (立案 onwards), their links to the chain, the record of every procedural step,
-- and case and decision numbers counted per bureau and year.

ALTER TABLE bureau ADD COLUMN short_name TEXT;
UPDATE bureau SET short_name = v.short_name FROM (VALUES
    ('00', '工信'), ('11', '京'), ('12', '津'), ('13', '冀'), ('14', '晋'), ('15', '蒙'), ('21', '辽'),
    ('22', '吉'), ('23', '黑'), ('31', '沪'), ('32', '苏'), ('33', '浙'), ('34', '皖'), ('35', '闽'),
    ('36', '赣'), ('37', '鲁'), ('41', '豫'), ('42', '鄂'), ('43', '湘'), ('44', '粤'), ('45', '桂'),
    ('46', '琼'), ('50', '渝'), ('51', '川'), ('52', '黔'), ('53', '滇'), ('54', '藏'), ('61', '陕'),
    ('62', '甘'), ('63', '青'), ('64', '宁'), ('65', '新')) AS v (code, short_name)
WHERE bureau.province_code = v.code;
ALTER TABLE bureau ALTER COLUMN short_name SET NOT NULL;

ALTER TABLE case_proposal ADD COLUMN decided_by TEXT;
ALTER TABLE case_proposal ADD COLUMN decided_at TIMESTAMPTZ;
ALTER TABLE case_proposal ADD COLUMN dismissal_reason TEXT;
ALTER TABLE case_proposal ADD COLUMN case_id UUID;

CREATE TABLE case_number_counter (
    bureau_province_code CHAR(2) NOT NULL REFERENCES bureau (province_code),
    year                 INT     NOT NULL,
    series               TEXT    NOT NULL,
    last_number          INT     NOT NULL,
    PRIMARY KEY (bureau_province_code, year, series)
);

CREATE TABLE penalty_case (
    id                    UUID PRIMARY KEY,
    case_number           TEXT        NOT NULL UNIQUE,
    bureau_province_code  CHAR(2)     NOT NULL REFERENCES bureau (province_code),
    subject_kind          TEXT        NOT NULL,
    subject_name          TEXT        NOT NULL,
    subject_code          TEXT        NOT NULL,
    subject_address       TEXT,
    facts                 TEXT        NOT NULL,
    chain_id              UUID,
    proposal_id           UUID UNIQUE REFERENCES case_proposal (id),
    stage                 TEXT        NOT NULL,
    serious               BOOLEAN     NOT NULL DEFAULT FALSE,
    filed_on              DATE        NOT NULL,
    filed_by              TEXT        NOT NULL,
    filed_at              TIMESTAMPTZ NOT NULL,
    investigators         TEXT[]      NOT NULL DEFAULT '{}',
    findings              TEXT,
    legal_review_by       TEXT,
    legal_review_opinion  TEXT,
    prior_notice_on       DATE,
    defence               TEXT,
    defence_on            DATE,
    hearing_requested_on  DATE,
    hearing_notice_on     DATE,
    hearing_on            DATE,
    hearing_record        TEXT,
    decision_proposed_by  TEXT,
    decision_on           DATE,
    decision_approved_by  TEXT,
    decision_number       TEXT UNIQUE,
    served_on             DATE,
    published_on          DATE,
    closed_on             DATE,
    outcome               TEXT,
    decision_extension    TEXT,
    version               INT         NOT NULL DEFAULT 0
);
CREATE INDEX penalty_case_bureau ON penalty_case (bureau_province_code, filed_at);

CREATE TABLE case_link (
    case_id  UUID NOT NULL REFERENCES penalty_case (id),
    kind     TEXT NOT NULL,
    chain_id UUID NOT NULL,
    ref_id   UUID
);
CREATE INDEX case_link_case ON case_link (case_id);
CREATE INDEX case_link_chain ON case_link (chain_id);

-- Append-only: who did which step of the procedure, when, from which stage to which.
CREATE TABLE case_step (
    id         BIGSERIAL PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES penalty_case (id),
    action     TEXT        NOT NULL,
    from_stage TEXT,
    to_stage   TEXT        NOT NULL,
    actor      TEXT        NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    note       TEXT
);
CREATE INDEX case_step_case ON case_step (case_id, id);

-- The copy of the admin-maintained holiday calendar (from HolidayCalendarChanged events).
CREATE TABLE holiday_year (
    year       INT PRIMARY KEY,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE holiday_day (
    year INT  NOT NULL,
    day  DATE NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'ADJUSTED_WORKING_DAY'))
);

-- Statutory time limits of the cases, each with how it was computed.
CREATE TABLE case_deadline (
    id          UUID PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES penalty_case (id),
    kind        TEXT        NOT NULL,
    from_date   DATE        NOT NULL,
    days        INT         NOT NULL,
    rule        TEXT        NOT NULL,
    due_date    DATE        NOT NULL,
    explanation TEXT        NOT NULL,
    legal_rule  TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    met_on      DATE,
    computed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_deadline_open ON case_deadline (due_date) WHERE status = 'OPEN';
CREATE INDEX case_deadline_case ON case_deadline (case_id);
