-- An enterprise (role operator) lists the cases whose party has its credit code, newest first.
CREATE INDEX penalty_case_party_page ON penalty_case (subject_code, filed_at DESC, id DESC);
