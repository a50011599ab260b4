-- Whether a case goes to a second assessor is drawn at random when it is first assessed,
-- and kept: NULL until then. Cases assessed before keep what happened to them.
ALTER TABLE case_file ADD COLUMN second_assessment BOOLEAN;
UPDATE case_file c SET second_assessment =
  c.status IN ('SECOND_ASSESSMENT', 'DISAGREEMENT')
  OR EXISTS (SELECT 1 FROM assessment a WHERE a.case_id = c.id AND a.round = 'SECOND')
WHERE EXISTS (SELECT 1 FROM assessment a WHERE a.case_id = c.id AND a.round = 'FIRST');

-- The case page shows a case's reports a page at a time, oldest first.
CREATE INDEX case_report_case_time_idx ON case_report (case_id, reported_at, report_id);
