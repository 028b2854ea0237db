-- The registry of third-party testing agencies (第三方检测机构) that re-check rectifications, and the rule by which a
-- new re-check task is assigned to one of them.
CREATE TABLE agency (
    credit_code TEXT PRIMARY KEY CHECK (length(credit_code) = 18),
    name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- GB/T 2260 province codes the agency serves; empty: every province.
    provinces   TEXT[]      NOT NULL DEFAULT '{}',
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_by  TEXT,
    updated_at  TIMESTAMPTZ
);

-- One row: ROUND_ROBIN over the active agencies in credit-code order, or BY_PROVINCE (an agency serving the
-- operator's province, falling back to round-robin); last_agency is where round-robin continues.
CREATE TABLE recheck_assignment_rule (
    id          INT PRIMARY KEY CHECK (id = 1),
    rule        TEXT        NOT NULL CHECK (rule IN ('ROUND_ROBIN', 'BY_PROVINCE')),
    last_agency TEXT,
    set_by      TEXT        NOT NULL,
    set_at      TIMESTAMPTZ NOT NULL
);
INSERT INTO recheck_assignment_rule (id, rule, last_agency, set_by, set_at) VALUES (1, 'ROUND_ROBIN', NULL, 'system', now());
