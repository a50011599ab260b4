-- Seeds the statistics benchmark: the statistics module's own tables as the events of
-- 1,000,000 reports over the last 365 days would have filled them (three portals: ml 60 %,
-- sn and ci 20 % each; 300,000 cases, 93 % assessed, 30 % of those calling for action, most
-- notified and removed; the durations of each day as the listeners append them). Written directly in SQL because replaying a million events through
-- the listeners would take far longer than the page; the rows are the ones the listeners
-- write (one per report id, one per address, one per case, daily counters).
-- Run after bench/queue-seed.sql, which puts 1,000,000 reports and 300,000 cases into intake
-- and triage: the page must not read them. Reserved names only (example.com).
BEGIN;
INSERT INTO stat_portal (portal_slug) VALUES ('ml'), ('sn'), ('ci');

CREATE TEMPORARY TABLE bench_report ON COMMIT DROP AS
SELECT r,
       (ARRAY['ml', 'ml', 'ml', 'sn', 'ci'])[1 + r % 5] AS portal,
       now() - (r % 525600) * interval '1 minute' AS received_at,
       (ARRAY['fr', 'fr', 'fr', 'en', 'ar', 'fr', 'en'])[1 + r % 7] AS language,
       (ARRAY['IMAGES', 'VIDEOS', 'IMAGES_AND_VIDEOS', 'OTHER', 'NOT_SURE'])[1 + (r / 7) % 5] AS seen,
       (ARRAY['WEBSITE', 'SOCIAL_NETWORK', 'MESSAGING_APP', 'SEARCH_RESULT', 'EMAIL', 'FILE_SHARING', 'OTHER'])[1 + (r / 3) % 7] AS found,
       CASE WHEN r % 10 = 0 THEN 3 ELSE 1 END AS addresses
FROM generate_series(1, 1000000) AS r;

INSERT INTO stat_report (report_id) SELECT md5('report' || r)::uuid FROM bench_report;

INSERT INTO stat_daily (portal_slug, day, figure, item, count)
SELECT portal, (received_at AT TIME ZONE 'UTC')::date, 'reports', '', count(*) FROM bench_report GROUP BY 1, 2
UNION ALL
SELECT portal, (received_at AT TIME ZONE 'UTC')::date, 'addresses', '', sum(addresses) FROM bench_report GROUP BY 1, 2
UNION ALL
SELECT portal, (received_at AT TIME ZONE 'UTC')::date, 'language', language, count(*) FROM bench_report GROUP BY 1, 2, 4
UNION ALL
SELECT portal, (received_at AT TIME ZONE 'UTC')::date, 'seen', seen, count(*) FROM bench_report GROUP BY 1, 2, 4
UNION ALL
SELECT portal, (received_at AT TIME ZONE 'UTC')::date, 'found', found, count(*) FROM bench_report GROUP BY 1, 2, 4;

-- 300,000 cases, each opened by the first report of its address
CREATE TEMPORARY TABLE bench_case ON COMMIT DROP AS
SELECT c,
       md5('case' || c)::uuid AS id,
       'https://host' || (c % 5000) || '.example.com/item/' || c AS url,
       (ARRAY['ml', 'ml', 'ml', 'sn', 'ci'])[1 + c % 5] AS portal,
       now() - (c * 1.752) * interval '1 minute' AS first_reported_at,
       (ARRAY['NOT_ILLEGAL', 'CSAM_A', 'OUTSIDE_REMIT', 'CSAM_B', 'NOT_ILLEGAL', 'DUPLICATE', 'NOT_ILLEGAL', 'CSAM_C',
              'NO_LONGER_AVAILABLE', 'NOT_ILLEGAL'])[1 + c % 10] AS outcome
FROM generate_series(1, 300000) AS c;

INSERT INTO stat_address (canonical_url, portal_slug, first_reported_at)
SELECT url, portal, first_reported_at FROM bench_case;

INSERT INTO stat_case (case_id, portal_slug, first_reported_at, assessed_at, first_notice_at, removed_at)
SELECT id, portal, first_reported_at, assessed,
       CASE WHEN action AND c % 9 <> 0 THEN assessed + (c % 12) * interval '1 hour' END,
       CASE WHEN action AND c % 9 <> 0 AND c % 5 <> 0 THEN assessed + (12 + c % 96) * interval '1 hour' END
FROM (SELECT *, first_reported_at + (1 + c % 72) * interval '1 hour' AS assessed,
             outcome IN ('CSAM_A', 'CSAM_B', 'CSAM_C') AS action
      FROM bench_case WHERE c % 10 <> 3 OR c % 3 = 0) AS assessed_cases;
-- (cases left unassessed are still in the queue; they count as opened)
INSERT INTO stat_case (case_id, portal_slug, first_reported_at)
SELECT id, portal, first_reported_at FROM bench_case WHERE NOT (c % 10 <> 3 OR c % 3 = 0);

-- the durations that ended each day, as the listeners append them
INSERT INTO stat_duration (portal_slug, day, measure, seconds)
SELECT portal_slug, (assessed_at AT TIME ZONE 'UTC')::date, 'to-assessment',
       array_agg(extract(epoch FROM assessed_at - first_reported_at)::int) FROM stat_case
  WHERE assessed_at IS NOT NULL GROUP BY 1, 2
UNION ALL
SELECT portal_slug, (first_notice_at AT TIME ZONE 'UTC')::date, 'to-notice',
       array_agg(extract(epoch FROM first_notice_at - first_reported_at)::int) FROM stat_case
  WHERE first_notice_at IS NOT NULL GROUP BY 1, 2
UNION ALL
SELECT portal_slug, (removed_at AT TIME ZONE 'UTC')::date, 'to-removal',
       array_agg(extract(epoch FROM removed_at - first_reported_at)::int) FROM stat_case
  WHERE removed_at IS NOT NULL GROUP BY 1, 2;

INSERT INTO stat_daily (portal_slug, day, figure, item, count)
SELECT portal, (first_reported_at AT TIME ZONE 'UTC')::date, 'cases', '', count(*) FROM bench_case GROUP BY 1, 2
UNION ALL
SELECT s.portal_slug, (assessed_at AT TIME ZONE 'UTC')::date, 'assessed', '', count(*) FROM stat_case s
  WHERE assessed_at IS NOT NULL GROUP BY 1, 2
UNION ALL
SELECT s.portal_slug, (assessed_at AT TIME ZONE 'UTC')::date, 'outcome', b.outcome, count(*) FROM stat_case s
  JOIN bench_case b ON b.id = s.case_id WHERE assessed_at IS NOT NULL GROUP BY 1, 2, 4
UNION ALL
SELECT s.portal_slug, (assessed_at AT TIME ZONE 'UTC')::date, 'actionable', '', count(*) FROM stat_case s
  JOIN bench_case b ON b.id = s.case_id WHERE assessed_at IS NOT NULL AND b.outcome IN ('CSAM_A', 'CSAM_B', 'CSAM_C') GROUP BY 1, 2
UNION ALL
SELECT portal_slug, (first_notice_at AT TIME ZONE 'UTC')::date, 'noticed', '', count(*) FROM stat_case
  WHERE first_notice_at IS NOT NULL GROUP BY 1, 2
UNION ALL
SELECT portal_slug, (removed_at AT TIME ZONE 'UTC')::date, 'removed', '', count(*) FROM stat_case
  WHERE removed_at IS NOT NULL GROUP BY 1, 2;
COMMIT;
ANALYZE stat_report;
ANALYZE stat_address;
ANALYZE stat_daily;
ANALYZE stat_case;
ANALYZE stat_duration;
SELECT (SELECT sum(count) FROM stat_daily WHERE figure = 'reports') AS reports,
       (SELECT sum(count) FROM stat_daily WHERE figure = 'reports' AND portal_slug = 'ml') AS ml_reports,
       (SELECT count(*) FROM stat_case) AS cases,
       (SELECT count(*) FROM stat_case WHERE portal_slug = 'ml' AND assessed_at IS NOT NULL) AS ml_assessed,
       (SELECT count(*) FROM stat_case WHERE removed_at IS NOT NULL) AS removed,
       (SELECT count(*) FROM stat_daily) AS daily_rows, (SELECT count(*) FROM stat_duration) AS duration_rows;
