-- Operators, apps, detection batches and their findings, and the jobs that import findings in bulk.

CREATE TABLE operator (
    credit_code   CHAR(18) PRIMARY KEY,
    name          TEXT    NOT NULL,
    province_code CHAR(2) NOT NULL REFERENCES province (code)
);

CREATE TABLE app (
    package_name         TEXT PRIMARY KEY,
    name                 TEXT     NOT NULL,
    operator_credit_code CHAR(18) NOT NULL REFERENCES operator (credit_code),
    filing_number        TEXT
);

CREATE INDEX app_operator ON app (operator_credit_code);

CREATE TABLE detection_batch (
    id            UUID PRIMARY KEY,
    title         TEXT        NOT NULL,
    run_by        TEXT        NOT NULL,  -- MINISTRY or BUREAU
    province_code CHAR(2) REFERENCES province (code),
    run_from      DATE        NOT NULL,
    run_to        DATE        NOT NULL,
    apps_tested   INT         NOT NULL,
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    CHECK ((run_by = 'MINISTRY' AND province_code IS NULL) OR (run_by = 'BUREAU' AND province_code IS NOT NULL)),
    CHECK (run_to >= run_from),
    CHECK (apps_tested >= 0)
);

CREATE TABLE finding (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id      UUID        NOT NULL REFERENCES detection_batch (id),
    package_name  TEXT        NOT NULL REFERENCES app (package_name),
    app_version   TEXT        NOT NULL,
    source_store  TEXT        NOT NULL,
    problem_codes TEXT[]      NOT NULL,
    evidence      TEXT,
    evidence_refs TEXT[]      NOT NULL DEFAULT '{}',
    detected_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX finding_package ON finding (package_name, detected_at);
CREATE INDEX finding_batch ON finding (batch_id);

CREATE TABLE finding_import_job (
    id            UUID PRIMARY KEY,
    batch_id      UUID        NOT NULL REFERENCES detection_batch (id),
    format        TEXT        NOT NULL,
    status        TEXT        NOT NULL,  -- RUNNING, SUCCEEDED, REJECTED, FAILED
    submitted_by  TEXT        NOT NULL,
    submitted_at  TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    lines_read    BIGINT      NOT NULL DEFAULT 0,
    lines_written BIGINT      NOT NULL DEFAULT 0,
    bad_lines     INT         NOT NULL DEFAULT 0,
    report        TEXT
);
