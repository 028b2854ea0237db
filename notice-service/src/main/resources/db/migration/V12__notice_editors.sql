-- Who changed a notice's content after its drafter (notice.drafted_by stays the drafter): each name once, in the
-- order of their first edit. Nobody named here or as drafter may approve or publish the notice (four eyes).
CREATE TABLE notice_editor (
    notice_id UUID NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    seq       INT  NOT NULL,
    username  TEXT NOT NULL,
    PRIMARY KEY (notice_id, seq),
    UNIQUE (notice_id, username)
);
