-- Login sessions of officials: each password login opens one, its id travels in the token's sid claim, and the
-- gateway checks on every request it authenticates with a person's token that the session is still open. Logout
-- ends one session; a password change or reset, disabling, unlocking and a change of roles end all of the
-- account's sessions at once, on every gateway replica.

CREATE TABLE account_session (
    id         UUID PRIMARY KEY,
    username   TEXT        NOT NULL REFERENCES account (username),
    started_at TIMESTAMPTZ NOT NULL,
    ended_at   TIMESTAMPTZ,
    end_reason TEXT
);
CREATE INDEX account_session_open_by_account ON account_session (username) WHERE ended_at IS NULL;
CREATE INDEX account_session_by_start ON account_session (started_at);
