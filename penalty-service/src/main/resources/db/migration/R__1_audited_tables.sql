-- The tables whose every change lands in the audit trail (see the platform's R__0_platform_audit_trail.sql).
-- Repeatable and idempotent: add a table here and Flyway applies the file again.
SELECT audit_table('bureau', 'INSERT OR UPDATE OR DELETE', 'province_code');
SELECT audit_table('case_proposal', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('penalty_case', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('case_step', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('case_deadline', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('case_penalty', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('case_document', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('payment', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('legal_basis', 'INSERT OR UPDATE OR DELETE', 'code');
SELECT audit_table('holiday_year', 'INSERT OR UPDATE OR DELETE', 'year');
SELECT audit_table('holiday_day', 'INSERT OR UPDATE OR DELETE', 'day');
