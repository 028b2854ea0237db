-- The tables whose changes land in the audit trail (see the platform's R__0_platform_audit_trail.sql).
-- Repeatable and idempotent: add a table here and Flyway applies the file again.
-- Not audited row by row: findings (millions, written by COPY; the import job that wrote them is audited),
-- the children of notice items (frozen with the notice's content hash), and the copies of other services'
-- facts taken from their events (stores, confirmations, penalty outcomes), which those services audit.
SELECT audit_table('problem_aspect', 'INSERT OR UPDATE OR DELETE', 'code');
SELECT audit_table('problem_kind', 'INSERT OR UPDATE OR DELETE', 'code');
SELECT audit_table('province', 'INSERT OR UPDATE OR DELETE', 'code');
SELECT audit_table('operator', 'INSERT OR UPDATE OR DELETE', 'credit_code');
SELECT audit_table('app', 'INSERT OR UPDATE OR DELETE', 'package_name');
SELECT audit_table('detection_batch', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('finding_import_job', 'INSERT OR DELETE', 'id');
SELECT audit_table('notice', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('notice_item', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('notice_editor', 'INSERT OR UPDATE OR DELETE', 'notice_id');
SELECT audit_table('item_rectification', 'INSERT OR UPDATE OR DELETE', 'item_id');
SELECT audit_table('takedown_lifting', 'INSERT OR UPDATE OR DELETE', 'item_id');
SELECT audit_table('calendar_year', 'INSERT OR UPDATE OR DELETE', 'year');
SELECT audit_table('calendar_day', 'INSERT OR UPDATE OR DELETE', 'day');
SELECT audit_table('stats_history', 'INSERT OR UPDATE OR DELETE', 'as_of');
SELECT audit_table('dual_list', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('dual_list_entry', 'INSERT OR UPDATE OR DELETE', 'list_id', 'list_kind', 'position');
SELECT audit_table('agency', 'INSERT OR UPDATE OR DELETE', 'credit_code');
SELECT audit_table('recheck_assignment_rule', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('rectification_report', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('recheck_task', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('evidence_file', 'INSERT OR UPDATE OR DELETE', 'id');
-- Complaints are audited; their private parts (complaint_private, complaint_screenshot) are not: the trail is read by
-- auditors, and contact data are for officials only and are erased after their retention period.
SELECT audit_table('complaint', 'INSERT OR UPDATE OR DELETE', 'id');
-- The SDK registry (V24) and how detection recognises each SDK.
SELECT audit_table('sdk', 'INSERT OR UPDATE OR DELETE', 'code');
SELECT audit_table('sdk_package_prefix', 'INSERT OR UPDATE OR DELETE', 'prefix');
SELECT audit_table('sdk_signature', 'INSERT OR UPDATE OR DELETE', 'sha256');
SELECT audit_table('sdk_version', 'INSERT OR UPDATE OR DELETE', 'sdk_code', 'version');
-- Which app versions embed which SDK versions (V25), from findings and from detection's inventories.
SELECT audit_table('app_sdk', 'INSERT OR UPDATE OR DELETE', 'package_name', 'app_version', 'sdk_code', 'sdk_version', 'source');
