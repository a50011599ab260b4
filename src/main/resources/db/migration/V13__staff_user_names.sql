-- Triage keeps the unique user name of whoever holds or assessed a case beside the display
-- name, so that the audit trail names every person by their user name.
ALTER TABLE case_file ADD COLUMN claimed_by_username TEXT;
UPDATE case_file c SET claimed_by_username = a.username FROM account a WHERE a.id = c.claimed_by;
UPDATE case_file SET claimed_by_username = claimed_by::text WHERE claimed_by IS NOT NULL AND claimed_by_username IS NULL;

ALTER TABLE assessment ADD COLUMN assessor_username TEXT;
UPDATE assessment s SET assessor_username = a.username FROM account a WHERE a.id = s.assessor;
UPDATE assessment SET assessor_username = assessor::text WHERE assessor_username IS NULL;
ALTER TABLE assessment ALTER COLUMN assessor_username SET NOT NULL;
