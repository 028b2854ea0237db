-- Rectification and re-check notices: batch numbers, deadlines and how they were computed, content hash,
-- withdrawal by a later notice; the holiday calendar; rectification per item; lifted takedowns.

ALTER TABLE notice
    ADD COLUMN batch_year             INT,
    ADD COLUMN yearly_batch           INT,
    ADD COLUMN cumulative_batch       INT,
    ADD COLUMN rectification_days     INT,
    ADD COLUMN working_days           BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN requested_deadline     DATE,
    ADD COLUMN deadline_date          DATE,
    ADD COLUMN deadline_rule          TEXT,
    ADD COLUMN deadline_explanation   TEXT,
    ADD COLUMN deadline_passed_at     TIMESTAMPTZ,
    ADD COLUMN content_hash           TEXT,
    ADD COLUMN withdraws_notice_id    UUID REFERENCES notice (id),
    ADD COLUMN source_notice_id       UUID REFERENCES notice (id);

CREATE UNIQUE INDEX notice_yearly_batch ON notice (batch_year, yearly_batch) WHERE yearly_batch IS NOT NULL;
CREATE UNIQUE INDEX notice_cumulative_batch ON notice (cumulative_batch) WHERE cumulative_batch IS NOT NULL;

-- The last numbers used: 'cumulative' and one row per year ('2021'); admins may seed the numbers of the
-- notices issued before the system existed.
CREATE TABLE notice_batch_counter (
    counter TEXT PRIMARY KEY,
    value   INT NOT NULL CHECK (value >= 0)
);
INSERT INTO notice_batch_counter (counter, value) VALUES ('cumulative', 0);

ALTER TABLE notice_item ADD COLUMN source_item_id UUID REFERENCES notice_item (id);

CREATE TABLE notice_item_finding (
    item_id    UUID   NOT NULL REFERENCES notice_item (id),
    finding_id BIGINT NOT NULL REFERENCES finding (id),
    PRIMARY KEY (item_id, finding_id)
);

-- A published notice never changes: not its row, not its items, not their problems and stores.
CREATE FUNCTION forbid_change_of_published_notice() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'notice % is published and frozen', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER notice_frozen BEFORE UPDATE OR DELETE ON notice
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_published_notice();

CREATE FUNCTION forbid_change_of_published_item() RETURNS trigger AS $$
DECLARE
    item UUID := CASE WHEN TG_TABLE_NAME = 'notice_item' THEN (to_jsonb(OLD) ->> 'id')::uuid
                      ELSE (to_jsonb(OLD) ->> 'item_id')::uuid END;
BEGIN
    IF EXISTS (SELECT 1 FROM notice n JOIN notice_item i ON i.notice_id = n.id
               WHERE i.id = item AND n.status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'item % belongs to a published notice and is frozen', item USING ERRCODE = 'P0001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER notice_item_frozen BEFORE UPDATE OR DELETE ON notice_item
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_published_item();
CREATE TRIGGER notice_item_problem_frozen BEFORE UPDATE OR DELETE ON notice_item_problem
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_published_item();
CREATE TRIGGER notice_item_store_frozen BEFORE UPDATE OR DELETE ON notice_item_store
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_published_item();

-- The holiday calendar: public holidays and adjusted working days (调休), maintained per year by admins.
CREATE TABLE calendar_year (
    year       INT PRIMARY KEY,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE calendar_day (
    day  DATE PRIMARY KEY,
    year INT  NOT NULL REFERENCES calendar_year (year),
    kind TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'ADJUSTED_WORKING_DAY')),
    CHECK (EXTRACT(YEAR FROM day) = year)
);

-- Rectification of each item of a rectification or re-check notice; set by a re-check.
CREATE TABLE item_rectification (
    item_id            UUID PRIMARY KEY REFERENCES notice_item (id),
    status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'RECTIFIED', 'NOT_RECTIFIED')),
    fixed_version      TEXT,
    note               TEXT,
    set_by             TEXT,
    set_at             TIMESTAMPTZ,
    deadline_passed_at TIMESTAMPTZ
);

-- A takedown lifted (the app cleared): reinstatement.
CREATE TABLE takedown_lifting (
    item_id   UUID PRIMARY KEY REFERENCES notice_item (id),
    reason    TEXT        NOT NULL,
    lifted_by TEXT        NOT NULL,
    lifted_at TIMESTAMPTZ NOT NULL
);

-- This service's copy of appstore-service's store registry, kept in step from StoreChanged events.
CREATE TABLE store (
    code                TEXT PRIMARY KEY,
    name_zh             TEXT        NOT NULL,
    name_en             TEXT,
    company             TEXT,
    company_credit_code TEXT,
    province_code       TEXT,
    active              BOOLEAN     NOT NULL,
    changed_at          TIMESTAMPTZ NOT NULL
);

-- Findings are written only by FindingBulkWriter, which checks the batch and creates the apps in the same
-- transaction: per-row foreign-key checks would cost more than the COPY itself on million-line imports.
ALTER TABLE finding DROP CONSTRAINT finding_batch_id_fkey;
ALTER TABLE finding DROP CONSTRAINT finding_package_name_fkey;
DROP INDEX finding_batch;
CREATE INDEX finding_batch ON finding USING brin (batch_id);
