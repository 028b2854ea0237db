-- The province of a proposal's subject (the store's or the operator's), kept beside the bureau the proposal went to:
-- where the province has no communication administration (香港 81, 澳门 82, 台湾 71 ...) the proposal goes to the
-- ministry's bureau ('00') as the authority of last resort, and the two differ. Proposals made before are left null.
ALTER TABLE case_proposal ADD COLUMN subject_province_code TEXT;
