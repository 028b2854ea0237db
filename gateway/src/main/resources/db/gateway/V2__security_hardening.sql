-- Lockout and password change for accounts; several secrets per store client (rotation with an
-- overlap, revocation); when each signing key last signed; the rate-limit buckets shared by all
-- gateway replicas; and the append-only, hash-chained audit log of security events.

ALTER TABLE account ADD COLUMN failed_attempts     INTEGER     NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN locked_until        TIMESTAMPTZ;
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE TABLE client_secret (
    id          UUID PRIMARY KEY,
    client_id   TEXT        NOT NULL REFERENCES store_client (client_id),
    secret_hash TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX client_secret_by_client ON client_secret (client_id);

INSERT INTO client_secret (id, client_id, secret_hash, created_at)
SELECT gen_random_uuid(), client_id, secret_hash, created_at FROM store_client;
ALTER TABLE store_client DROP COLUMN secret_hash;
ALTER TABLE store_client ADD COLUMN revoked_at TIMESTAMPTZ;

CREATE TABLE signing_key_use (
    kid            TEXT PRIMARY KEY,
    last_signed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE rate_limit_bucket (
    id            TEXT PRIMARY KEY,
    state         BYTEA,
    expires_at    BIGINT,
    explicit_lock BIGINT
);

CREATE TABLE audit_record (
    seq         BIGINT PRIMARY KEY,
    recorded_at TIMESTAMPTZ NOT NULL,
    action      TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    subject     TEXT,
    address     TEXT,
    detail      TEXT,
    prev_hash   TEXT        NOT NULL,
    hash        TEXT        NOT NULL
);

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only';
END;
$$;

CREATE TRIGGER audit_record_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();

CREATE TRIGGER audit_record_no_truncate
    BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
