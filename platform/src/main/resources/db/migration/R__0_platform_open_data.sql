-- Shared by every service: the open-data dumps, a manifest per day and its files (CSV and JSON Lines per dataset).
-- Repeatable (Flyway applies it again whenever this file changes, after the versioned migrations), so every statement
-- here is idempotent.
--
-- Yesterday's files never change: once written, a row of either table can be neither updated nor deleted, and the
-- tables cannot be truncated (a trigger refuses with SQL state P0001). A day is written in one transaction, its
-- manifest row first; the day is the primary key, so a day is dumped once.

CREATE TABLE IF NOT EXISTS open_data_manifest (
    day          DATE        PRIMARY KEY,
    generated_at TIMESTAMPTZ NOT NULL,
    licence      TEXT        NOT NULL
);

CREATE TABLE IF NOT EXISTS open_data_file (
    day        DATE     NOT NULL REFERENCES open_data_manifest (day),
    name       TEXT     NOT NULL,
    position   INT      NOT NULL,
    dataset    TEXT     NOT NULL,
    format     TEXT     NOT NULL CHECK (format IN ('csv', 'jsonl')),
    media_type TEXT     NOT NULL,
    sha256     CHAR(64) NOT NULL,
    bytes      BIGINT   NOT NULL CHECK (bytes >= 0),
    row_count  BIGINT   NOT NULL CHECK (row_count >= 0),
    content    BYTEA    NOT NULL,
    PRIMARY KEY (day, name),
    UNIQUE (day, position)
);

CREATE OR REPLACE FUNCTION open_data_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'open data once written never changes (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;

CREATE OR REPLACE TRIGGER open_data_manifest_unchangeable BEFORE UPDATE OR DELETE ON open_data_manifest
    FOR EACH ROW EXECUTE FUNCTION open_data_unchangeable();
CREATE OR REPLACE TRIGGER open_data_manifest_untruncatable BEFORE TRUNCATE ON open_data_manifest
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_unchangeable();
CREATE OR REPLACE TRIGGER open_data_file_unchangeable BEFORE UPDATE OR DELETE ON open_data_file
    FOR EACH ROW EXECUTE FUNCTION open_data_unchangeable();
CREATE OR REPLACE TRIGGER open_data_file_untruncatable BEFORE TRUNCATE ON open_data_file
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_unchangeable();
