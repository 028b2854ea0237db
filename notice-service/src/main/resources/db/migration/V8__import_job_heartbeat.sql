-- Running import jobs are kept alive by the instance that runs them; a job whose heartbeat stops (its instance
-- died) is failed by any instance, and a starting instance no longer fails the jobs other instances still run.
ALTER TABLE finding_import_job ADD COLUMN heartbeat_at TIMESTAMPTZ;
