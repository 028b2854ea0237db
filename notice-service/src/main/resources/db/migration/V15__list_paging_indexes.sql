-- Keyset paging of the lists (platform paging): each list resumes with WHERE (sort key, id) < (cursor), so each has an
-- index on its sort key with the id last. Findings page by their id, which the primary key already indexes.
CREATE INDEX notice_page ON notice (drafted_at DESC, id DESC);
CREATE INDEX detection_batch_page ON detection_batch (run_to DESC, recorded_at DESC, id DESC);
CREATE INDEX detection_batch_province_page ON detection_batch (province_code, run_to DESC, recorded_at DESC, id DESC);
CREATE INDEX app_name_page ON app (name, package_name);
