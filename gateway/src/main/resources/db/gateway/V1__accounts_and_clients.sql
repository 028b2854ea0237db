-- Officials' accounts (bcrypt password hashes) and the stores' API clients (hashed secrets).

CREATE TABLE account (
    username      TEXT PRIMARY KEY,
    display_name  TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    province_code CHAR(2),
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE account_role (
    username TEXT NOT NULL REFERENCES account (username),
    role     TEXT NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE store_client (
    client_id   TEXT PRIMARY KEY,
    store_code  TEXT        NOT NULL,
    secret_hash TEXT        NOT NULL,
    enabled     BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
