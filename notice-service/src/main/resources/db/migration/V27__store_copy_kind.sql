-- The copy of appstore-service's channel registry records each channel's kind (app store or handset maker);
-- channels announced before kinds existed are app stores.

ALTER TABLE store
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'APP_STORE' CONSTRAINT store_kind_known CHECK (kind IN ('APP_STORE', 'HANDSET_MAKER'));
