-- Standard Webhooks: a rotated webhook secret keeps signing pushes (a second v1 signature) until the overlap ends.
-- Secrets set before are converted to their whsec_ form (same key) at startup by the service, which alone can
-- decrypt them (store/WebhookSecretMigration).
ALTER TABLE store
    ADD COLUMN webhook_previous_secret TEXT,
    ADD COLUMN webhook_rotation_ends_at TIMESTAMPTZ;
