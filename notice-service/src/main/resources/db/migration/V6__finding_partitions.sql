-- Findings are partitioned by ranges of their ids so that a bulk import can write its own partition: COPY into
-- a table without indexes, then build the indexes once by sorting and attach the table, all in the import's
-- transaction. Building an index after the load costs much less than updating it row by row during the COPY
-- (PostgreSQL's own advice for populating a database). Range 0 .. 2^40 holds findings entered a few at a time
-- (ids from finding_id_seq); bulk load k holds the ids k * 2^40 .. (k + 1) * 2^40 (k from finding_load_seq).
-- Every partition carries the parent's indexes, so lookups by id, app and batch stay index scans.

ALTER TABLE notice_item_finding DROP CONSTRAINT notice_item_finding_finding_id_fkey;

ALTER TABLE finding RENAME TO finding_entered;
ALTER INDEX finding_pkey RENAME TO finding_entered_pkey;
ALTER INDEX finding_package RENAME TO finding_entered_package;
ALTER INDEX finding_batch RENAME TO finding_entered_batch;
ALTER TABLE finding_entered ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE finding_id_seq;
SELECT setval('finding_id_seq', coalesce((SELECT max(id) FROM finding_entered), 0) + 1, false);
CREATE SEQUENCE finding_load_seq;

CREATE TABLE finding (
    id            BIGINT      NOT NULL DEFAULT nextval('finding_id_seq'),
    batch_id      UUID        NOT NULL,
    package_name  TEXT        NOT NULL,
    app_version   TEXT        NOT NULL,
    source_store  TEXT        NOT NULL,
    problem_codes TEXT[]      NOT NULL,
    evidence      TEXT,
    evidence_refs TEXT[]      NOT NULL DEFAULT '{}',
    detected_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (id)
) PARTITION BY RANGE (id);
ALTER SEQUENCE finding_id_seq OWNED BY finding.id;

CREATE INDEX finding_package ON finding (package_name, detected_at);
CREATE INDEX finding_batch ON finding USING brin (batch_id);

ALTER TABLE finding_entered ADD CONSTRAINT finding_entered_ids CHECK (id < 1099511627776);
ALTER TABLE finding ATTACH PARTITION finding_entered FOR VALUES FROM (MINVALUE) TO (1099511627776);

ALTER TABLE notice_item_finding ADD CONSTRAINT notice_item_finding_finding_id_fkey
    FOREIGN KEY (finding_id) REFERENCES finding (id);

