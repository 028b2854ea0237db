-- Shared by every service: the append-only, hash-chained trail of state changes.
-- Repeatable (Flyway applies it again whenever this file changes, after the versioned migrations, and
-- before each service's R__1_audited_tables.sql), so every statement here is idempotent.
--
-- Row triggers write who changed what, when, with the row before and after, in the transaction of the
-- change itself, so no code path can change an audited table without leaving a record. The actor comes
-- from the transaction setting supervision.actor (set by the service from the caller's token) or is
-- 'system' for consumers and schedulers. Records are chained afterwards by a sealer in commit order, so
-- writers never queue behind one another for the previous hash.

CREATE TABLE IF NOT EXISTS audit_trail (
    seq         BIGSERIAL   PRIMARY KEY,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    tx_id       BIGINT      NOT NULL DEFAULT txid_current(),
    actor       TEXT        NOT NULL,
    table_name  TEXT        NOT NULL,
    operation   TEXT        NOT NULL,
    row_key     TEXT,
    before      JSONB,
    after       JSONB,
    chain_seq   BIGINT      UNIQUE,
    prev_hash   TEXT,
    hash        TEXT
);
CREATE INDEX IF NOT EXISTS audit_trail_unsealed ON audit_trail (seq) WHERE chain_seq IS NULL;
CREATE INDEX IF NOT EXISTS audit_trail_row ON audit_trail (table_name, row_key, seq);

-- Auditors read the trail, so credentials never enter it: a column whose name says secret, password or
-- token keeps only whether it was set.
CREATE OR REPLACE FUNCTION audit_redacted(row_data JSONB) RETURNS JSONB LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN row_data IS NULL THEN NULL ELSE
        coalesce((SELECT jsonb_object_agg(key, CASE
                      WHEN key ~ '(secret|password|token)' AND value <> 'null'::jsonb THEN '"[redacted]"'::jsonb
                      ELSE value END)
                  FROM jsonb_each(row_data)), '{}'::jsonb) END
$$;

CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row JSONB;
    new_row JSONB;
    key     TEXT;
BEGIN
    -- A bulk operation (an import of a million findings and the apps they name) is recorded once, as the
    -- audited job that ran it; it says so for its own transaction with supervision.audit_bulk.
    IF coalesce(current_setting('supervision.audit_bulk', true), '') <> '' THEN
        RETURN NULL;
    END IF;
    old_row := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    -- Only a table with a column audit_redacted would redact pays for it (it rebuilds the whole row, twice per
    -- UPDATE); the catalog is asked per row, so a secret-like column added later is redacted from then on.
    IF EXISTS (SELECT 1 FROM pg_attribute
               WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped
                 AND attname ~ '(secret|password|token)') THEN
        old_row := audit_redacted(old_row);
        new_row := audit_redacted(new_row);
    END IF;
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NULL;
    END IF;
    SELECT string_agg(coalesce(new_row, old_row) ->> k.name, '/' ORDER BY k.position) INTO key
    FROM unnest(TG_ARGV) WITH ORDINALITY AS k(name, position);
    INSERT INTO audit_trail (actor, table_name, operation, row_key, before, after)
    VALUES (coalesce(nullif(current_setting('supervision.actor', true), ''), 'system'),
            TG_TABLE_NAME, TG_OP, key, old_row, new_row);
    RETURN NULL;
END $$;

-- Puts a table under audit: operations like 'INSERT OR UPDATE OR DELETE' or 'UPDATE', then its key columns.
CREATE OR REPLACE FUNCTION audit_table(tbl REGCLASS, operations TEXT, VARIADIC key_columns TEXT[])
RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    -- The WHEN clause keeps the rows of a bulk operation from even being queued for the trigger.
    EXECUTE format('CREATE OR REPLACE TRIGGER audit_row_change AFTER %s ON %s FOR EACH ROW '
                   'WHEN (coalesce(current_setting(''supervision.audit_bulk'', true), '''') = '''') '
                   'EXECUTE FUNCTION audit_row_change(%s)', operations, tbl,
                   (SELECT string_agg(quote_literal(c), ', ') FROM unnest(key_columns) AS c));
END $$;

-- Triggers made before audit_table had its WHEN clause get it too (the services' files that call audit_table do not
-- run again unless they change).
DO $$
DECLARE
    made RECORD;
BEGIN
    FOR made IN SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger
                WHERE tgname = 'audit_row_change' AND pg_get_triggerdef(oid) NOT LIKE '% WHEN %' LOOP
        EXECUTE replace(replace(made.def, 'CREATE TRIGGER', 'CREATE OR REPLACE TRIGGER'), 'FOR EACH ROW EXECUTE',
                        'FOR EACH ROW WHEN (coalesce(current_setting(''supervision.audit_bulk'', true), ) = ) EXECUTE');
    END LOOP;
END $$;

-- Records never change or disappear; the sealer may only add the chain fields to an unsealed record once.
CREATE OR REPLACE FUNCTION audit_trail_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL AND NEW.hash IS NOT NULL
            AND (NEW.seq, NEW.recorded_at, NEW.tx_id, NEW.actor, NEW.table_name, NEW.operation, NEW.row_key,
                 NEW.before, NEW.after)
                IS NOT DISTINCT FROM (OLD.seq, OLD.recorded_at, OLD.tx_id, OLD.actor, OLD.table_name,
                 OLD.operation, OLD.row_key, OLD.before, OLD.after) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_trail is append-only';
END $$;

CREATE OR REPLACE TRIGGER audit_trail_append_only
    BEFORE UPDATE OR DELETE ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION audit_trail_is_append_only();

CREATE OR REPLACE TRIGGER audit_trail_no_truncate
    BEFORE TRUNCATE ON audit_trail
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_is_append_only();
