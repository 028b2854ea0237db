-- A bulk import's findings go into a table of their own, filled, indexed and committed on a connection of its own
-- while the import's transaction writes the apps; that transaction then attaches the table as a partition of
-- finding. Until then the table is listed here, so that a table left unattached by a failed import or a stopped
-- instance is found and dropped.
CREATE TABLE finding_load (
    table_name TEXT PRIMARY KEY,
    job_id     UUID,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
