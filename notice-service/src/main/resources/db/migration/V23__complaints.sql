-- Complaints from the public (用户投诉) and their triage. What a complainant may be identified by (contact data,
-- the keyed hash of the client address, screenshots) lives apart from the complaint, in tables that the audit
-- trail does not record (auditors read the trail; contact data are for officials only) and that the retention job
-- empties after notice.complaints.contact-retention, while the complaint itself stays.

ALTER TABLE detection_batch ADD COLUMN kind TEXT NOT NULL DEFAULT 'DETECTION'
    CHECK (kind IN ('DETECTION', 'COMPLAINTS'));

CREATE TABLE complaint (
    id               UUID PRIMARY KEY,
    tracking_number  TEXT        NOT NULL UNIQUE,
    app_name         TEXT,
    package_name     TEXT,
    store_code       TEXT,
    problem_codes    TEXT[]      NOT NULL CHECK (cardinality(problem_codes) > 0),
    description      TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('RECEIVED', 'UNDER_REVIEW', 'MERGED', 'REJECTED', 'FINDING')),
    received_at      TIMESTAMPTZ NOT NULL,
    reviewed_at      TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    handled_by       TEXT,
    merged_into      UUID REFERENCES complaint (id),
    rejection_reason TEXT,
    finding_id       BIGINT REFERENCES finding (id),
    repeats          INT         NOT NULL DEFAULT 0,
    screenshot_count INT         NOT NULL DEFAULT 0,
    CHECK (app_name IS NOT NULL OR package_name IS NOT NULL),
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL)),
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK ((status = 'FINDING') = (finding_id IS NOT NULL))
);
CREATE INDEX complaint_queue ON complaint (received_at DESC, id DESC);
CREATE INDEX complaint_package ON complaint (package_name, received_at);
CREATE INDEX complaint_app_name ON complaint (lower(app_name), received_at);

CREATE TABLE complaint_private (
    complaint_id  UUID PRIMARY KEY REFERENCES complaint (id),
    contact_name  TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    address_hash  TEXT,
    erased_at     TIMESTAMPTZ
);
CREATE INDEX complaint_private_address ON complaint_private (address_hash) WHERE address_hash IS NOT NULL;

CREATE TABLE complaint_screenshot (
    complaint_id UUID  NOT NULL REFERENCES complaint (id),
    seq          INT   NOT NULL,
    media_type   TEXT  NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    content      BYTEA NOT NULL,
    PRIMARY KEY (complaint_id, seq)
);
