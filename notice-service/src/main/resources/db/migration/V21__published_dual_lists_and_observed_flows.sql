-- A published dual list version is immutable in the database itself: no update or deletion of the list, and no
-- insert, update or deletion of its rows, whoever connects. Publishing is the one allowed change (DRAFT to
-- PUBLISHED); a draft's rows lock their list so that they cannot slip in while it is being published.

CREATE FUNCTION dual_list_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'dual list % (version % of % %) is published and cannot change', OLD.id, OLD.version,
            OLD.package_name, OLD.app_version USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER dual_list_published_is_immutable BEFORE UPDATE OR DELETE ON dual_list
    FOR EACH ROW EXECUTE FUNCTION dual_list_published_is_immutable();

CREATE FUNCTION dual_list_entry_of_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched UUID;
    list_status TEXT;
BEGIN
    FOREACH touched IN ARRAY ARRAY[CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.list_id END,
                                   CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.list_id END] LOOP
        IF touched IS NOT NULL THEN
            SELECT status INTO list_status FROM dual_list WHERE id = touched FOR SHARE;
            IF list_status = 'PUBLISHED' THEN
                RAISE EXCEPTION 'dual list % is published: its rows cannot change', touched
                    USING ERRCODE = 'restrict_violation';
            END IF;
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER dual_list_entry_of_published_is_immutable BEFORE INSERT OR UPDATE OR DELETE ON dual_list_entry
    FOR EACH ROW EXECUTE FUNCTION dual_list_entry_of_published_is_immutable();

CREATE FUNCTION dual_list_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dual lists are kept: % cannot be truncated', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER dual_list_no_truncate BEFORE TRUNCATE ON dual_list
    FOR EACH STATEMENT EXECUTE FUNCTION dual_list_no_truncate();
CREATE TRIGGER dual_list_entry_no_truncate BEFORE TRUNCATE ON dual_list_entry
    FOR EACH STATEMENT EXECUTE FUNCTION dual_list_no_truncate();

-- The data flows a finding observed (optional): the app collected a kind of personal information, or shared it
-- with a recipient. A side table, so that findings without flows (nearly all of a bulk import) cost nothing; the
-- finding's batch, app and version are repeated here so that the check against the dual lists reads this table
-- alone.
CREATE TABLE finding_flow (
    finding_id   BIGINT NOT NULL REFERENCES finding (id),
    position     INT    NOT NULL CHECK (position >= 0),
    batch_id     UUID   NOT NULL,
    package_name TEXT   NOT NULL,
    app_version  TEXT   NOT NULL,
    activity     TEXT   NOT NULL CHECK (activity IN ('COLLECTED', 'SHARED')),
    kind         TEXT   NOT NULL REFERENCES personal_info_kind (code),
    recipient    TEXT,
    PRIMARY KEY (finding_id, position),
    CHECK ((activity = 'SHARED') = (recipient IS NOT NULL))
);

CREATE INDEX finding_flow_app ON finding_flow (package_name, app_version);
