-- Shared by every service: the open-data dumps, a manifest per day, its files (CSV and JSON Lines per dataset) and
-- the files' bytes as ordered chunks of at most 1 MiB (open_data_chunk), so a file of any size is written and served
-- one chunk at a time; open_data_file.sha256 and .bytes are those of the whole file.
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
    PRIMARY KEY (day, name),
    UNIQUE (day, position)
);

CREATE TABLE IF NOT EXISTS open_data_chunk (
    day     DATE  NOT NULL,
    name    TEXT  NOT NULL,
    seq     INT   NOT NULL CHECK (seq >= 0),
    content BYTEA NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 1048576),
    PRIMARY KEY (day, name, seq),
    FOREIGN KEY (day, name) REFERENCES open_data_file (day, name)
);

-- Dumps written before the chunks kept a file's bytes whole in open_data_file.content: copy them into chunks of
-- 1 MiB (in the same order), check every copied file against its SHA-256, then drop the column. Row triggers do not
-- fire on ALTER TABLE, and once the column is gone this block does nothing, so the file stays repeatable.
DO $$
DECLARE
    broken TEXT;
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = 'open_data_file' AND column_name = 'content') THEN
        EXECUTE $copy$
            INSERT INTO open_data_chunk (day, name, seq, content)
            SELECT f.day, f.name, s.seq, substring(f.content FROM s.seq * 1048576 + 1 FOR 1048576)
            FROM open_data_file f
            CROSS JOIN LATERAL generate_series(0, (octet_length(f.content) - 1) / 1048576) AS s (seq)
            WHERE octet_length(f.content) > 0
            ON CONFLICT DO NOTHING $copy$;
        EXECUTE $check$
            SELECT string_agg(f.day || '/' || f.name, ', ')
            FROM open_data_file f
            WHERE encode(sha256(coalesce((SELECT string_agg(c.content, ''::bytea ORDER BY c.seq) FROM open_data_chunk c
                                          WHERE c.day = f.day AND c.name = f.name), ''::bytea)), 'hex') <> f.sha256 $check$
            INTO broken;
        IF broken IS NOT NULL THEN
            RAISE EXCEPTION 'open-data files whose chunks do not match their SHA-256: %', broken;
        END IF;
        ALTER TABLE open_data_file DROP COLUMN content;
    END IF;
END $$;

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
CREATE OR REPLACE TRIGGER open_data_chunk_unchangeable BEFORE UPDATE OR DELETE ON open_data_chunk
    FOR EACH ROW EXECUTE FUNCTION open_data_unchangeable();
CREATE OR REPLACE TRIGGER open_data_chunk_untruncatable BEFORE TRUNCATE ON open_data_chunk
    FOR EACH STATEMENT EXECUTE FUNCTION open_data_unchangeable();
