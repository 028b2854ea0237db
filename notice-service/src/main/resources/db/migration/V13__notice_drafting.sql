-- Drafting: an edit keeps the items it keeps (their ids, chains and links to findings and source items), a draft or
-- an approved notice may be withdrawn (discarded) before publication, and a withdrawn notice never changes again.

-- An edit may reorder the items it keeps and add or remove others in one statement batch: the order and the one
-- item per app are checked when the transaction commits, not row by row while Hibernate writes them.
ALTER TABLE notice_item DROP CONSTRAINT notice_item_notice_id_seq_key;
ALTER TABLE notice_item ADD CONSTRAINT notice_item_notice_id_seq_key UNIQUE (notice_id, seq)
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE notice_item DROP CONSTRAINT notice_item_notice_id_package_name_key;
ALTER TABLE notice_item ADD CONSTRAINT notice_item_notice_id_package_name_key UNIQUE (notice_id, package_name)
    DEFERRABLE INITIALLY DEFERRED;

-- An item's links to the findings it was drafted from go with the item when an edit removes it from a draft (a
-- published item is never deleted: see the triggers of V4).
ALTER TABLE notice_item_finding DROP CONSTRAINT notice_item_finding_item_id_fkey;
ALTER TABLE notice_item_finding ADD CONSTRAINT notice_item_finding_item_id_fkey
    FOREIGN KEY (item_id) REFERENCES notice_item (id) ON DELETE CASCADE;
CREATE INDEX notice_item_finding_finding ON notice_item_finding (finding_id);

-- Withdrawal of a notice that was never published: who, when and why; the notice stays as a record.
ALTER TABLE notice
    ADD COLUMN withdrawn_by      TEXT,
    ADD COLUMN withdrawn_at      TIMESTAMPTZ,
    ADD COLUMN withdrawal_reason TEXT,
    ADD CONSTRAINT notice_withdrawal_recorded CHECK ((status = 'WITHDRAWN') =
        (withdrawn_by IS NOT NULL AND withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL));

CREATE FUNCTION forbid_change_of_withdrawn_notice() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'WITHDRAWN' THEN
        RAISE EXCEPTION 'notice % was withdrawn and never changes', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER notice_withdrawn_frozen BEFORE UPDATE OR DELETE ON notice
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_withdrawn_notice();

CREATE FUNCTION forbid_change_of_withdrawn_item() RETURNS trigger AS $$
DECLARE
    item UUID := CASE WHEN TG_TABLE_NAME = 'notice_item' THEN (to_jsonb(OLD) ->> 'id')::uuid
                      ELSE (to_jsonb(OLD) ->> 'item_id')::uuid END;
BEGIN
    IF EXISTS (SELECT 1 FROM notice n JOIN notice_item i ON i.notice_id = n.id
               WHERE i.id = item AND n.status = 'WITHDRAWN') THEN
        RAISE EXCEPTION 'item % belongs to a withdrawn notice and never changes', item USING ERRCODE = 'P0001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER notice_item_withdrawn_frozen BEFORE UPDATE OR DELETE ON notice_item
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_withdrawn_item();
CREATE TRIGGER notice_item_problem_withdrawn_frozen BEFORE UPDATE OR DELETE ON notice_item_problem
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_withdrawn_item();
CREATE TRIGGER notice_item_store_withdrawn_frozen BEFORE UPDATE OR DELETE ON notice_item_store
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_withdrawn_item();
CREATE TRIGGER notice_item_finding_withdrawn_frozen BEFORE UPDATE OR DELETE ON notice_item_finding
    FOR EACH ROW EXECUTE FUNCTION forbid_change_of_withdrawn_item();
