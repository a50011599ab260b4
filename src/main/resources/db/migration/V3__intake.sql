-- Module intake: what reporters sent. Never the reporter's address, browser or referrer.
CREATE TABLE report
(
  id                 UUID PRIMARY KEY,
  reference          TEXT NOT NULL UNIQUE,
  form_token_id      TEXT NOT NULL UNIQUE,         -- idempotency key: one report per form
  portal_slug        TEXT NOT NULL,
  language           TEXT NOT NULL,
  content_seen       TEXT NOT NULL,
  found_where        TEXT NOT NULL,
  description        TEXT CHECK (length(description) <= 2000),
  contact_ciphertext BYTEA,                          -- AES-GCM, key from configuration
  contact_purge_at   TIMESTAMP WITH TIME ZONE,
  receipt_hash       BYTEA NOT NULL UNIQUE,          -- slow hash of the 16-digit receipt code
  received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ((contact_ciphertext IS NULL) = (contact_purge_at IS NULL))
);
CREATE INDEX report_contact_purge_idx ON report (contact_purge_at) WHERE contact_ciphertext IS NOT NULL;

CREATE TABLE reported_item
(
  report_id          UUID NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  position           INT NOT NULL CHECK (position BETWEEN 1 AND 10),
  canonical_url      TEXT NOT NULL CHECK (length(canonical_url) <= 8192),
  display_url        TEXT NOT NULL,
  host               TEXT NOT NULL,
  registrable_domain TEXT,
  flags              TEXT[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (report_id, position)
);
