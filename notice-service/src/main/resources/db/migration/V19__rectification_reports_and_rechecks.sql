-- An enterprise's rectification report for one notice item: drafted, evidence added, then submitted (which asks
-- for a re-check). Its hash covers its text and the SHA-256 of every evidence file.
CREATE TABLE rectification_report (
    id                   UUID PRIMARY KEY,
    item_id              UUID        NOT NULL REFERENCES notice_item (id),
    operator_credit_code TEXT        NOT NULL,
    changes              TEXT        NOT NULL,
    fixed_version        TEXT        NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    created_by           TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    submitted_at         TIMESTAMPTZ,
    report_hash          TEXT
);
CREATE INDEX rectification_report_operator ON rectification_report (operator_credit_code, created_at DESC, id DESC);
CREATE INDEX rectification_report_item ON rectification_report (item_id);

-- A re-check (核查复检) of one submitted report by the testing agency it is assigned to; completed once.
CREATE TABLE recheck_task (
    id                     UUID PRIMARY KEY,
    report_id              UUID        NOT NULL UNIQUE REFERENCES rectification_report (id),
    item_id                UUID        NOT NULL REFERENCES notice_item (id),
    operator_province_code TEXT        NOT NULL,
    agency_code            TEXT        NOT NULL REFERENCES agency (credit_code),
    assigned_by            TEXT        NOT NULL,
    assignment_reason      TEXT        NOT NULL,
    assigned_at            TIMESTAMPTZ NOT NULL,
    status                 TEXT        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED')),
    outcome                TEXT CHECK (outcome IN ('RECTIFIED', 'NOT_RECTIFIED')),
    tested_version         TEXT,
    findings               TEXT,
    result_hash            TEXT,
    completed_by           TEXT,
    completed_at           TIMESTAMPTZ,
    created_at             TIMESTAMPTZ NOT NULL,
    CHECK ((status = 'OPEN') = (outcome IS NULL))
);
-- At most one open re-check per item.
CREATE UNIQUE INDEX recheck_task_open_item ON recheck_task (item_id) WHERE status = 'OPEN';
CREATE INDEX recheck_task_agency ON recheck_task (agency_code, created_at DESC, id DESC);
CREATE INDEX recheck_task_created ON recheck_task (created_at DESC, id DESC);

-- Evidence files of a report (the enterprise's) or of a re-check result (the agency's); the content lives apart so
-- that the audit trail records the file's name, type, size and hash but not its bytes.
CREATE TABLE evidence_file (
    id          UUID PRIMARY KEY,
    report_id   UUID REFERENCES rectification_report (id),
    task_id     UUID REFERENCES recheck_task (id),
    file_name   TEXT        NOT NULL,
    media_type  TEXT        NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg', 'application/zip')),
    size_bytes  BIGINT      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256      TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL,
    CHECK ((report_id IS NULL) <> (task_id IS NULL))
);
CREATE INDEX evidence_file_report ON evidence_file (report_id);
CREATE INDEX evidence_file_task ON evidence_file (task_id);

CREATE TABLE evidence_content (
    evidence_id UUID PRIMARY KEY REFERENCES evidence_file (id),
    content     BYTEA NOT NULL
);

-- What an item's rectification state rests on: a re-check task (RECHECK) or an official's override (OVERRIDE, with
-- its reason); and the last completed re-check, passing or not.
ALTER TABLE item_rectification
    ADD COLUMN basis           TEXT CHECK (basis IN ('RECHECK', 'OVERRIDE')),
    ADD COLUMN override_reason TEXT,
    ADD COLUMN recheck_task_id UUID REFERENCES recheck_task (id),
    ADD COLUMN recheck_outcome TEXT CHECK (recheck_outcome IN ('RECTIFIED', 'NOT_RECTIFIED'));
-- Hand-recorded results before re-checks existed were overrides by today's rule.
UPDATE item_rectification SET basis = 'OVERRIDE', override_reason = coalesce(note, '')
    WHERE set_at IS NOT NULL AND status <> 'PENDING';
