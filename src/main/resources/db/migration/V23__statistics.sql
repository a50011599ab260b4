-- The statistics module's own tables, filled as events arrive (it never reads another
-- module's tables). Days are UTC dates.

-- every report counted, once: a redelivered ReportReceived finds its id here
CREATE TABLE stat_report (
    report_id uuid PRIMARY KEY
);

-- the portals reports came through (the filter's choices)
CREATE TABLE stat_portal (
    portal_slug text PRIMARY KEY
);

-- an address's portal: the portal of the report that first named it
CREATE TABLE stat_address (
    canonical_url     text PRIMARY KEY,
    portal_slug       text        NOT NULL,
    first_reported_at timestamptz NOT NULL
);

-- daily counters: figure (reports, addresses, cases, assessed, actionable, noticed, removed,
-- language, seen, found, outcome) and, for a breakdown, its item (the language, the answer,
-- the outcome); '' for a plain count
CREATE TABLE stat_daily (
    portal_slug text   NOT NULL,
    day         date   NOT NULL,
    figure      text   NOT NULL,
    item        text   NOT NULL,
    count       bigint NOT NULL,
    PRIMARY KEY (portal_slug, day, figure, item)
);
CREATE INDEX stat_daily_overall ON stat_daily (day, figure);

-- one row per case, for the medians; a case's portal as of its address ('' if unknown)
CREATE TABLE stat_case (
    case_id           uuid PRIMARY KEY,
    portal_slug       text        NOT NULL,
    first_reported_at timestamptz,
    assessed_at       timestamptz,
    first_notice_at   timestamptz,
    removed_at        timestamptz
);
CREATE INDEX stat_case_assessed ON stat_case (portal_slug, assessed_at) INCLUDE (first_reported_at);
CREATE INDEX stat_case_noticed ON stat_case (portal_slug, first_notice_at) INCLUDE (first_reported_at);
CREATE INDEX stat_case_removed ON stat_case (portal_slug, removed_at) INCLUDE (first_reported_at);
CREATE INDEX stat_case_assessed_overall ON stat_case (assessed_at) INCLUDE (first_reported_at);
CREATE INDEX stat_case_noticed_overall ON stat_case (first_notice_at) INCLUDE (first_reported_at);
CREATE INDEX stat_case_removed_overall ON stat_case (removed_at) INCLUDE (first_reported_at);
