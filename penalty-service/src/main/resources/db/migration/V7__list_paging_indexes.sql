-- Keyset paging of the lists (platform paging): each list resumes with WHERE (sort key, id) < (cursor), so each has an
-- index on its sort key with the id last, per bureau where a bureau officer's list is filtered by province.
CREATE INDEX case_proposal_page ON case_proposal (proposed_at DESC, id DESC);
CREATE INDEX case_proposal_bureau_page ON case_proposal (bureau_province_code, proposed_at DESC, id DESC);
CREATE INDEX penalty_case_page ON penalty_case (filed_at DESC, id DESC);
CREATE INDEX penalty_case_bureau_page ON penalty_case (bureau_province_code, filed_at DESC, id DESC);
CREATE INDEX penalty_case_published_page ON penalty_case (published_on DESC, decision_number DESC, id DESC)
    WHERE published_on IS NOT NULL;
CREATE INDEX case_deadline_open_page ON case_deadline (due_date, id) WHERE status = 'OPEN';
