-- Enterprises register themselves (registration, with the authorisation letter kept in registration_letter), a
-- bureau of the code's province or the ministry verifies or rejects them; verification creates the operator account,
-- which carries the enterprise's credit code. Admins create agency accounts, which carry the agency's credit code.

ALTER TABLE account ADD COLUMN credit_code CHAR(18);
ALTER TABLE account ADD COLUMN agency_code CHAR(18);

CREATE TABLE registration (
    id                UUID PRIMARY KEY,
    company_name      TEXT        NOT NULL,
    credit_code       CHAR(18)    NOT NULL,
    province_code     CHAR(2)     NOT NULL,
    contact_name      TEXT        NOT NULL,
    contact_phone     TEXT        NOT NULL,
    contact_email     TEXT        NOT NULL,
    username          TEXT        NOT NULL,
    password_hash     TEXT        NOT NULL,
    status_token_hash CHAR(64)    NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
    reason            TEXT,
    letter_type       TEXT        NOT NULL,
    letter_size       INTEGER     NOT NULL,
    letter_sha256     CHAR(64)    NOT NULL,
    submitted_at      TIMESTAMPTZ NOT NULL,
    decided_at        TIMESTAMPTZ,
    decided_by        TEXT,
    CHECK ((status = 'REJECTED') = (reason IS NOT NULL))
);
-- One open or verified registration per enterprise; a rejected one may be followed by a new one.
CREATE UNIQUE INDEX registration_one_open_per_code ON registration (credit_code) WHERE status IN ('PENDING', 'VERIFIED');
-- A pending registration holds its username until it is decided.
CREATE UNIQUE INDEX registration_one_pending_per_username ON registration (username) WHERE status = 'PENDING';
CREATE INDEX registration_queue ON registration (province_code, submitted_at DESC, id DESC);

CREATE TABLE registration_letter (
    registration_id UUID PRIMARY KEY REFERENCES registration (id),
    content         BYTEA NOT NULL
);
