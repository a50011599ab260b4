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

-- one row per case: each of its times is recorded once, and a duration waits here for the
-- first report's time when the assessment is heard of after a notice or removal
CREATE TABLE stat_case (
    case_id           uuid PRIMARY KEY,
    portal_slug       text        NOT NULL,
    first_reported_at timestamptz,
    assessed_at       timestamptz,
    first_notice_at   timestamptz,
    removed_at        timestamptz
);

-- the durations (seconds from a case's first report) that ended on a day, per measure
-- (assessment, first notice, removal): exact medians over a period read one row per day
-- instead of one per case
CREATE TABLE stat_duration (
    portal_slug text      NOT NULL,
    day         date      NOT NULL,
    measure     text      NOT NULL,
    seconds     integer[] NOT NULL,
    PRIMARY KEY (portal_slug, day, measure)
);
CREATE INDEX stat_duration_overall ON stat_duration (day);
