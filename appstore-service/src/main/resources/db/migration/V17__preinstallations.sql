-- A handset maker's preinstalled apps, one row per (maker, device model line, package). A maker replaces a model
-- line's list as a whole; the fan-out of takedowns finds the makers preinstalling a package by its index.

CREATE TABLE preinstallation (
    store_code   TEXT        NOT NULL REFERENCES store (code),
    model_line   TEXT        NOT NULL,
    package_name TEXT        NOT NULL,
    app_name     TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (store_code, model_line, package_name)
);

CREATE INDEX preinstallation_package ON preinstallation (package_name, store_code);

-- What an order asks of its channel: an app store removes the listing, a handset maker removes the app from the
-- model lines that preinstall it (recorded at the order, as the maker reported them then).
ALTER TABLE takedown_order
    ADD COLUMN channel_kind TEXT  NOT NULL DEFAULT 'APP_STORE' CONSTRAINT takedown_order_channel_kind_known CHECK (channel_kind IN ('APP_STORE', 'HANDSET_MAKER')),
    ADD COLUMN model_lines  JSONB;
