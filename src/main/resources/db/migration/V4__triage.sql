-- Module triage: one case per canonical URL; repeat reports join it. A case's id is a
-- name-based UUID of its canonical URL (CaseRepository.caseIdOf).
CREATE TABLE case_file
(
  id                 UUID PRIMARY KEY,
  canonical_url      TEXT NOT NULL UNIQUE,
  display_url        TEXT NOT NULL,
  host               TEXT NOT NULL,
  registrable_domain TEXT,
  flags              TEXT[] NOT NULL DEFAULT '{}',
  status             TEXT NOT NULL CHECK (status IN ('NEW', 'CLAIMED', 'ASSESSED', 'CLOSED')),
  report_count       INT NOT NULL CHECK (report_count >= 0),
  first_reported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  last_reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX case_file_open_idx ON case_file (status, first_reported_at);

CREATE TABLE case_report
(
  case_id     UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  report_id   UUID NOT NULL,
  portal_slug TEXT NOT NULL,
  reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (case_id, report_id)
);
CREATE INDEX case_report_report_idx ON case_report (report_id);
