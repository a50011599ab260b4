-- Reports sent by organisations through the report API (issue 16): the channel a report came
-- by, the organisation that sent it (its name as it was then, so the case page needs no other
-- module) and that organisation's own reference; up to 100 addresses and 4,000 characters of
-- notes per API report.
ALTER TABLE report
  ADD COLUMN channel TEXT NOT NULL DEFAULT 'PORTAL' CHECK (channel IN ('PORTAL', 'API')),
  ADD COLUMN organisation_id UUID,
  ADD COLUMN organisation_name TEXT,
  ADD COLUMN organisation_reference TEXT CHECK (length(organisation_reference) <= 100),
  ADD CONSTRAINT report_api_fields_check
    CHECK ((channel = 'API') = (organisation_id IS NOT NULL AND organisation_name IS NOT NULL
                                AND organisation_reference IS NOT NULL));
ALTER TABLE report DROP CONSTRAINT report_description_check;
ALTER TABLE report ADD CONSTRAINT report_description_check CHECK (length(description) <= 4000);
ALTER TABLE reported_item DROP CONSTRAINT reported_item_position_check;
ALTER TABLE reported_item ADD CONSTRAINT reported_item_position_check CHECK (position BETWEEN 1 AND 100);

-- Module reportapi: one row per Idempotency-Key and organisation, the answer it was given.
CREATE TABLE report_api_request
(
  organisation_id UUID NOT NULL,
  idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 100),
  request_hash    BYTEA NOT NULL CHECK (length(request_hash) = 32),
  reference       TEXT NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (organisation_id, idempotency_key)
);
CREATE INDEX report_api_request_created_idx ON report_api_request (created_at);

-- Module organisations: where an organisation's API reports go in the analysts' queue
-- (higher first; 0 is the portal's).
ALTER TABLE organisation
  ADD COLUMN report_priority INT NOT NULL DEFAULT 0 CHECK (report_priority BETWEEN -9 AND 9);

-- Module triage: a case takes the highest priority of its reports; the queue orders by it first.
ALTER TABLE case_file ADD COLUMN priority INT NOT NULL DEFAULT 0;
DROP INDEX case_file_queue_idx;
CREATE INDEX case_file_queue_idx ON case_file (priority DESC, report_count DESC, first_reported_at)
  WHERE status IN ('NEW', 'CLAIMED', 'SECOND_ASSESSMENT', 'DISAGREEMENT');
