-- A re-check task either re-checks an enterprise's submitted rectification report (report_id) or was opened by an
-- official for an item without one (opened_by): an SDK item, whose provider has no login and reports nothing, or an
-- app item whose enterprise submitted no report. Older tasks all came from reports.
ALTER TABLE recheck_task
    ALTER COLUMN report_id DROP NOT NULL,
    ADD COLUMN opened_by TEXT,
    ADD CONSTRAINT recheck_task_report_or_official CHECK ((report_id IS NULL) <> (opened_by IS NULL));
