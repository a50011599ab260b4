-- Module organisations: the organisations that use the APIs (URL-list members) and their API
-- keys. A key's secret is never stored: only its SHA-256 and its first characters.

CREATE TABLE organisation
(
  id            UUID PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind          TEXT NOT NULL CHECK (kind IN ('ISP', 'PLATFORM', 'SEARCH_ENGINE', 'FILTERING_VENDOR', 'HOTLINE')),
  -- ISO 3166 alpha-2; NULL when not given
  country       TEXT CHECK (country ~ '^[A-Z]{2}$'),
  contact_name  TEXT NOT NULL DEFAULT '' CHECK (length(contact_name) <= 200),
  contact_email TEXT NOT NULL DEFAULT '' CHECK (length(contact_email) <= 254),
  level         TEXT NOT NULL CHECK (level IN ('URLS', 'HASHES')),
  active        BOOLEAN NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_key
(
  id              UUID PRIMARY KEY,
  organisation_id UUID NOT NULL REFERENCES organisation (id),
  prefix          TEXT NOT NULL CHECK (length(prefix) = 8),
  secret_hash     BYTEA NOT NULL CHECK (length(secret_hash) = 32),
  scopes          TEXT[] NOT NULL CHECK (cardinality(scopes) >= 1),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE,
  revoked_at      TIMESTAMP WITH TIME ZONE,
  last_used_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX api_key_secret_hash_idx ON api_key (secret_hash);
CREATE INDEX api_key_organisation_idx ON api_key (organisation_id);
