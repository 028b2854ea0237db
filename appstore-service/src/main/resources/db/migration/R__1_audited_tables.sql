-- The tables whose changes land in the audit trail (see the platform's R__0_platform_audit_trail.sql).
-- Repeatable and idempotent: add a table here and Flyway applies the file again.
-- Orders are audited from their first change on: their creation follows from the audited publication of the
-- notice (and its TakedownOrdered event), while every acknowledgement, confirmation, objection, decision and
-- overdue mark is a change someone (or the clock) made.
SELECT audit_table('store', 'INSERT OR UPDATE OR DELETE', 'code');
SELECT audit_table('takedown_order', 'UPDATE OR DELETE', 'id');
SELECT audit_table('proactive_removal_upload', 'INSERT OR UPDATE OR DELETE', 'id');
SELECT audit_table('service_level', 'INSERT OR UPDATE OR DELETE', 'id');
-- An order that could not be issued is recorded when it happens: nobody changes it afterwards.
SELECT audit_table('undeliverable_order', 'INSERT', 'id');
-- A handset maker's preinstalled apps: every list it reports or withdraws.
SELECT audit_table('preinstallation', 'INSERT OR UPDATE OR DELETE', 'store_code', 'model_line', 'package_name');
