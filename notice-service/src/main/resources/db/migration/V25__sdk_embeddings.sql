-- Which SDK performed the behaviour a finding records (optional). A side table, like finding_flow (V21), so that
-- the findings of a bulk import that name no SDK (nearly all of them) cost nothing; the finding's batch, app and
-- version are repeated here so that the embeddings can be derived from this table alone.
CREATE TABLE finding_sdk (
    finding_id   BIGINT NOT NULL PRIMARY KEY REFERENCES finding (id),
    batch_id     UUID   NOT NULL,
    package_name TEXT   NOT NULL,
    app_version  TEXT   NOT NULL,
    sdk_code     TEXT   NOT NULL REFERENCES sdk (code),
    -- as the finding named it; NULL when the detection did not tell the version
    sdk_version  TEXT CHECK (length(sdk_version) BETWEEN 1 AND 64),
    -- the class or package where the detection saw the behaviour, when it named one
    sdk_package  TEXT CHECK (length(sdk_package) BETWEEN 1 AND 500)
);

CREATE INDEX finding_sdk_sdk ON finding_sdk (sdk_code, sdk_version);

-- Which app version embeds which SDK version (嵌入), as findings showed it (source FINDING) or as detection reported
-- the app version's inventory directly (source INVENTORY, replaced as a whole by each report). sdk_version '' is an
-- embedding whose SDK version is not known.
CREATE TABLE app_sdk (
    package_name TEXT        NOT NULL REFERENCES app (package_name),
    app_version  TEXT        NOT NULL CHECK (length(app_version) BETWEEN 1 AND 200),
    sdk_code     TEXT        NOT NULL REFERENCES sdk (code),
    sdk_version  TEXT        NOT NULL CHECK (length(sdk_version) <= 64),
    source       TEXT        NOT NULL CHECK (source IN ('FINDING', 'INVENTORY')),
    last_seen    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (package_name, app_version, sdk_code, sdk_version, source)
);

CREATE INDEX app_sdk_sdk ON app_sdk (sdk_code, sdk_version, package_name);
