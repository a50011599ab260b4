-- Module triage: a supervisor closes cases as duplicates of another case (the original),
-- which the closed case names. Only a closed case is a duplicate, never of itself.
ALTER TABLE case_file ADD COLUMN duplicate_of UUID REFERENCES case_file (id) ON DELETE SET NULL;
ALTER TABLE case_file ADD CONSTRAINT case_file_duplicate_check
  CHECK (duplicate_of IS NULL OR (status = 'CLOSED' AND duplicate_of <> id));
CREATE INDEX case_file_duplicate_idx ON case_file (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- The queue counts a person's own open cases ("mine") on every view: by the holder.
CREATE INDEX case_file_claimed_by_idx ON case_file (claimed_by) WHERE claimed_by IS NOT NULL;
