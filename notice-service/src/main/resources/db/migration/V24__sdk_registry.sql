-- The registry of third-party SDKs (第三方SDK) as supervised subjects: who provides each one, the package prefixes
-- and signing-certificate digests by which detection recognises it, and its known versions.
CREATE TABLE sdk (
    -- a lower-case slug chosen by the ministry, e.g. 'umeng-analytics'
    code                   TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name_zh                TEXT        NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 200),
    name_en                TEXT        NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    provider_name          TEXT        NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 200),
    -- the provider's unified social credit code (checked with its check character by the service)
    provider_credit_code   TEXT        NOT NULL CHECK (length(provider_credit_code) = 18),
    -- GB/T 2260 province of the provider, digits 3-4 of its credit code
    provider_province_code TEXT        NOT NULL CHECK (provider_province_code ~ '^[0-9]{2}$'),
    active                 BOOLEAN     NOT NULL DEFAULT TRUE,
    created_by             TEXT        NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_by             TEXT,
    updated_at             TIMESTAMPTZ,
    version                BIGINT      NOT NULL DEFAULT 0
);

-- A Java/Kotlin package prefix (e.g. 'com.umeng') belongs to one SDK; the service also refuses a prefix that is a
-- prefix of another SDK's (overlap), so that a class is recognised as at most one SDK.
CREATE TABLE sdk_package_prefix (
    prefix   TEXT PRIMARY KEY CHECK (prefix ~ '^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$'),
    sdk_code TEXT NOT NULL REFERENCES sdk (code)
);
CREATE INDEX sdk_package_prefix_sdk ON sdk_package_prefix (sdk_code);

-- SHA-256 digests (lower-case hex) of the SDK's signing certificates or of its library files.
CREATE TABLE sdk_signature (
    sha256   TEXT PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    sdk_code TEXT NOT NULL REFERENCES sdk (code)
);
CREATE INDEX sdk_signature_sdk ON sdk_signature (sdk_code);

-- The SDK's versions known to the registry (as the provider names them, e.g. '9.6.3').
CREATE TABLE sdk_version (
    sdk_code TEXT NOT NULL REFERENCES sdk (code),
    version  TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 64),
    PRIMARY KEY (sdk_code, version)
);
