-- A notice item names either an app (subject 'APP', every item before this migration) or a third-party SDK
-- (subject 'SDK'): the SDK's registry code, its names and the versions at fault, frozen at drafting like the operator
-- of an app item. The SDK item's party is the SDK's provider (第三方服务提供者), kept in the operator_* columns so
-- that the party of every item is read the same way; it names no app, package, version or store.
ALTER TABLE notice_item
    ADD COLUMN subject      TEXT NOT NULL DEFAULT 'APP' CHECK (subject IN ('APP', 'SDK')),
    ADD COLUMN sdk_code     TEXT REFERENCES sdk (code),
    ADD COLUMN sdk_name_zh  TEXT,
    ADD COLUMN sdk_name_en  TEXT,
    ADD COLUMN sdk_versions TEXT[];

ALTER TABLE notice_item ALTER COLUMN app_name DROP NOT NULL;

ALTER TABLE notice_item
    ADD CONSTRAINT notice_item_app_subject CHECK (subject <> 'APP' OR (app_name IS NOT NULL AND sdk_code IS NULL
        AND sdk_name_zh IS NULL AND sdk_name_en IS NULL AND sdk_versions IS NULL)),
    ADD CONSTRAINT notice_item_sdk_subject CHECK (subject <> 'SDK' OR (sdk_code IS NOT NULL AND sdk_name_zh IS NOT NULL
        AND sdk_name_en IS NOT NULL AND cardinality(sdk_versions) >= 1 AND array_position(sdk_versions, NULL) IS NULL
        AND app_name IS NULL AND package_name IS NULL AND app_version IS NULL)),
    ADD CONSTRAINT notice_item_notice_id_sdk_code_key UNIQUE (notice_id, sdk_code);

-- No store takes an SDK down: an SDK item names no store (its row in notice_item_store would be an order).
CREATE FUNCTION forbid_store_of_sdk_item() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM notice_item i WHERE i.id = NEW.item_id AND i.subject = 'SDK') THEN
        RAISE EXCEPTION 'notice item % names an SDK and takes no store', NEW.item_id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER notice_item_store_not_sdk BEFORE INSERT OR UPDATE ON notice_item_store
    FOR EACH ROW EXECUTE FUNCTION forbid_store_of_sdk_item();

-- No takedown notice names an SDK.
CREATE FUNCTION forbid_sdk_item_in_takedown() RETURNS trigger AS $$
BEGIN
    IF NEW.subject = 'SDK' AND EXISTS (SELECT 1 FROM notice n WHERE n.id = NEW.notice_id AND n.kind = 'TAKEDOWN') THEN
        RAISE EXCEPTION 'takedown notice % cannot name an SDK', NEW.notice_id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER notice_item_sdk_not_takedown BEFORE INSERT OR UPDATE ON notice_item
    FOR EACH ROW EXECUTE FUNCTION forbid_sdk_item_in_takedown();
