-- The feed's transaction id becomes a plain BIGINT: sorting xid8 values with a Sort node (when the
-- planner does not walk the index) gave a wrong order here, which made cursors skip and repeat orders.

DROP INDEX takedown_order_store_feed;
ALTER TABLE takedown_order ALTER COLUMN tx_id DROP DEFAULT;
ALTER TABLE takedown_order ALTER COLUMN tx_id TYPE BIGINT USING CAST(CAST(tx_id AS TEXT) AS BIGINT);
ALTER TABLE takedown_order ALTER COLUMN tx_id SET DEFAULT CAST(CAST(pg_current_xact_id() AS TEXT) AS BIGINT);
CREATE INDEX takedown_order_store_feed ON takedown_order (store_code, tx_id, seq);
