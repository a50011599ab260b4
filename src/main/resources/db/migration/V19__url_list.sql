-- The URL list (module blocklist). See docs/url-list-matching.md for what members do with it.

-- One row: the current version, locked by every change so versions have no gap and no
-- duplicate across nodes; changes_from: the oldest version a member may ask changes since.
CREATE TABLE list_head (
    id           boolean PRIMARY KEY DEFAULT true CHECK (id),
    version      bigint  NOT NULL,
    changes_from bigint  NOT NULL
);
INSERT INTO list_head (id, version, changes_from) VALUES (true, 0, 0);

-- One entry per case that called for action: what the analyst's decision puts on the list.
CREATE TABLE list_entry (
    case_id            uuid        PRIMARY KEY,
    url                text        NOT NULL,
    host               text        NOT NULL,
    url_expression     text        NOT NULL,
    scope              text        NOT NULL CHECK (scope IN ('URL', 'HOST')),
    category           text        NOT NULL CHECK (category IN ('BASELINE', 'NATIONALLY_ILLEGAL')),
    status             text        NOT NULL CHECK (status IN ('LISTED', 'REMOVED', 'WITHDRAWN')),
    hash               bytea       NOT NULL,
    assessed_at        timestamptz NOT NULL,
    listed_at          timestamptz NOT NULL,
    listed_version     bigint      NOT NULL,
    ended_at           timestamptz,
    ended_version      bigint,
    end_reason         text,
    ended_by           text,
    changed_by         text
);
CREATE INDEX list_entry_listed_hash ON list_entry (hash) WHERE status = 'LISTED';
CREATE INDEX list_entry_listed_at ON list_entry (listed_at);

-- Cases whose content was confirmed gone: an assessment that arrives after it lists nothing.
CREATE TABLE list_removed_case (
    case_id    uuid        PRIMARY KEY,
    removed_at timestamptz NOT NULL
);

-- The list as members see it: the distinct expressions of the listed entries.
CREATE TABLE list_item (
    hash       bytea       PRIMARY KEY CHECK (octet_length(hash) = 32),
    expression text        NOT NULL,
    scope      text        NOT NULL,
    category   text        NOT NULL,
    url        text,
    host       text        NOT NULL,
    added_at   timestamptz NOT NULL,
    version    bigint      NOT NULL
);

-- Every version, its checksum and its signed manifest, kept for the figures.
CREATE TABLE list_version (
    version          bigint      PRIMARY KEY,
    checksum         bytea       NOT NULL,
    entries          bigint      NOT NULL,
    additions        integer     NOT NULL,
    removals         integer     NOT NULL,
    created_at       timestamptz NOT NULL,
    manifest         text        NOT NULL,
    signature        text        NOT NULL,
    key_id           text        NOT NULL,
    first_fetched_at timestamptz
);
CREATE INDEX list_version_not_fetched ON list_version (version) WHERE first_fetched_at IS NULL;
CREATE INDEX list_version_created ON list_version (created_at);

-- What each version changed, kept for list_head.changes_from onwards.
CREATE TABLE list_change (
    version    bigint      NOT NULL,
    hash       bytea       NOT NULL,
    op         text        NOT NULL CHECK (op IN ('ADD', 'REMOVE')),
    expression text        NOT NULL,
    scope      text        NOT NULL,
    category   text        NOT NULL,
    url        text,
    host       text        NOT NULL,
    added_at   timestamptz NOT NULL,
    PRIMARY KEY (version, hash)
);

-- Each member's freshness: the last version it fetched and when (never where from).
CREATE TABLE list_member_fetch (
    organisation_id  uuid        PRIMARY KEY,
    last_version     bigint      NOT NULL,
    last_fetched_at  timestamptz NOT NULL,
    first_fetched_at timestamptz NOT NULL
);
