-- The store API pages in commit order: (tx_id, seq) of the inserting transaction. Orders of one
-- notice share ordered_at and arrive over time with random ids, so a cursor over (ordered_at, id)
-- would skip orders inserted after it passed; a cursor over (tx_id, seq), read only below the
-- oldest running transaction, never does.

ALTER TABLE takedown_order
    ADD COLUMN seq   BIGSERIAL,
    ADD COLUMN tx_id XID8 NOT NULL DEFAULT pg_current_xact_id();

DROP INDEX takedown_order_store_listing;
CREATE INDEX takedown_order_store_feed ON takedown_order (store_code, tx_id, seq);
