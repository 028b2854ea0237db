-- Channels: the store registry also holds handset makers, which distribute apps by preinstalling them.
-- A channel's kind is fixed at registration; every existing channel is an app store.

ALTER TABLE store
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'APP_STORE' CONSTRAINT store_kind_known CHECK (kind IN ('APP_STORE', 'HANDSET_MAKER'));

CREATE INDEX store_kind ON store (kind, code);
