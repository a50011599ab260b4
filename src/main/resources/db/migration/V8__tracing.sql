-- Module tracing: where a case's host is, as last traced (and as corrected by an analyst).
-- The case id is triage's; tracing keeps no foreign key into another module's tables.
CREATE TABLE hosting_trace
(
  case_id               UUID PRIMARY KEY,
  host                  TEXT NOT NULL,
  registrable_domain    TEXT,
  outcome               TEXT NOT NULL CHECK (outcome IN ('TRACED', 'ONION', 'UNRESOLVABLE', 'FAILED')),
  addresses             TEXT[] NOT NULL DEFAULT '{}',
  address               TEXT,
  country               TEXT CHECK (country ~ '^[A-Z]{2}$'),
  asn                   BIGINT CHECK (asn > 0),
  network_name          TEXT,
  host_contact_name     TEXT,
  host_contact_email    TEXT,
  upstream_contact_name TEXT,
  upstream_contact_email TEXT,
  registrar_name        TEXT,
  registrar_email       TEXT,
  sources               TEXT[] NOT NULL DEFAULT '{}',
  problems              TEXT[] NOT NULL DEFAULT '{}',
  traced_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  trace_millis          INT NOT NULL,
  corrected_fields      TEXT[] NOT NULL DEFAULT '{}',
  corrected_by          TEXT,
  corrected_at          TIMESTAMP WITH TIME ZONE,
  version               BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX hosting_trace_network_idx ON hosting_trace (asn);
CREATE INDEX hosting_trace_country_idx ON hosting_trace (country);
