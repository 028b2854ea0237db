-- The store registry becomes writable by admins: company credit code, contacts, webhook settings,
-- deactivation, and whether the store was announced to the other services (StoreChanged).

ALTER TABLE store
    ADD COLUMN company_credit_code TEXT,
    ADD COLUMN contacts            JSONB       NOT NULL DEFAULT '[]',
    ADD COLUMN webhook_url         TEXT,
    ADD COLUMN webhook_secret      TEXT,
    ADD COLUMN webhook_enabled     BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN active              BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN announced_at        TIMESTAMPTZ,
    ADD COLUMN updated_at          TIMESTAMPTZ,
    ADD COLUMN version             BIGINT      NOT NULL DEFAULT 0;
