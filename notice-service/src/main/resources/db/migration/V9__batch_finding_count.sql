-- Each batch keeps the number of its findings, raised by the writer in the transaction that writes them, so that
-- listing batches reads one row each instead of counting millions of findings per batch.
ALTER TABLE detection_batch ADD COLUMN finding_count BIGINT NOT NULL DEFAULT 0 CHECK (finding_count >= 0);
UPDATE detection_batch b SET finding_count = (SELECT count(*) FROM finding f WHERE f.batch_id = b.id);
