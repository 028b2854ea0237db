-- The archive of historical notices and the reporting authority of every notice item.

-- A notice of an earlier year imported by an admin: published outside this system, kept as a historical record that
-- gave no orders. archive_key (the kind, the title and the publication date) makes a second import of it recognisable.
ALTER TABLE notice
    ADD COLUMN imported_by  TEXT,
    ADD COLUMN imported_at  TIMESTAMPTZ,
    ADD COLUMN archive_key  TEXT UNIQUE,
    ADD COLUMN archive_source TEXT,
    ADD COLUMN archive_note TEXT,
    ADD CONSTRAINT notice_imported_is_published CHECK (imported_by IS NULL OR status = 'PUBLISHED'),
    ADD CONSTRAINT notice_imported_has_key CHECK ((imported_by IS NULL) = (archive_key IS NULL));

-- Historical tables name apps, not packages: an imported item may lack the package name (drafted items never do).
ALTER TABLE notice_item ALTER COLUMN package_name DROP NOT NULL;

-- The authority that found the item and lists it in its own annex: 'MINISTRY' (工业和信息化部) or a province code
-- (that province's 通信管理局). NULL on a draft means "derive it" (from the findings' detection batches or the
-- source item); publication settles it.
ALTER TABLE notice_item
    ADD COLUMN reported_by TEXT CHECK (reported_by = 'MINISTRY' OR reported_by ~ '^[0-9]{2}$');
