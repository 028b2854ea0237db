-- The service-level target of takedown orders as admins set it (one row at most); without a row the
-- configured default (appstore.takedown-sla) applies. A change applies to orders created after it.
CREATE TABLE service_level (
    id                      SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    takedown_target_seconds BIGINT      NOT NULL CHECK (takedown_target_seconds BETWEEN 3600 AND 2592000),
    reason                  TEXT        NOT NULL,
    changed_by              TEXT        NOT NULL,
    changed_at              TIMESTAMPTZ NOT NULL
);
