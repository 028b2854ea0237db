-- A reinstatement order (after a takedown is lifted) to a store that has been deactivated since it confirmed the
-- takedown cannot be issued either: it is recorded like an undeliverable takedown, told apart by its kind, so
-- officials see on the board that the store was not asked to list the app again, and why.
ALTER TABLE undeliverable_order ADD COLUMN kind TEXT NOT NULL DEFAULT 'TAKEDOWN'
    CHECK (kind IN ('TAKEDOWN', 'REINSTATEMENT'));
ALTER TABLE undeliverable_order ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE undeliverable_order DROP CONSTRAINT undeliverable_order_item_id_store_code_key;
ALTER TABLE undeliverable_order ADD CONSTRAINT undeliverable_order_item_store_kind UNIQUE (item_id, store_code, kind);
