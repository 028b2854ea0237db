-- Keyset paging of the lists (platform paging): each list resumes with WHERE (sort key, id) > or < (cursor), so each
-- has an index on its sort key with the id last.
CREATE INDEX webhook_delivery_page ON webhook_delivery (store_code, created_at DESC, id DESC);
CREATE INDEX takedown_order_notice_page ON takedown_order (notice_id, app_name, id);
