-- Seeds the queue benchmark: 1,000,000 reports in 300,000 cases, 100,000 of them open.
-- Reserved names only (example.com). Run against an empty OpenHotline database.
BEGIN;
INSERT INTO case_file (id, canonical_url, display_url, host, registrable_domain, flags, status, report_count,
                       first_reported_at, last_reported_at)
SELECT md5('case' || i)::uuid,
       'https://host' || (i % 5000) || '.example.com/item/' || i,
       'https://host' || (i % 5000) || '.example.com/item/' || i,
       'host' || (i % 5000) || '.example.com', 'example.com', '{}',
       CASE WHEN i % 3 = 0 THEN (ARRAY['NEW', 'NEW', 'NEW', 'CLAIMED', 'SECOND_ASSESSMENT'])[1 + i % 5]
            ELSE (ARRAY['ASSESSED', 'CLOSED'])[1 + i % 2] END,
       0, now() - (i % 43200) * interval '1 minute', now()
FROM generate_series(1, 300000) AS i;

INSERT INTO report (id, reference, form_token_hash, portal_slug, language, content_seen, found_where, description,
                    receipt_hash, received_at)
SELECT md5('report' || r)::uuid, 'ML-B' || lpad(r::text, 12, '0'), sha256(convert_to('bench-' || r, 'UTF8')),
       (ARRAY['ml', 'ml', 'ml', 'sn', 'ci'])[1 + r % 5], 'fr', 'IMAGES', 'WEBSITE', NULL,
       decode(md5('receipt' || r), 'hex'), now() - (r % 43200) * interval '1 minute'
FROM generate_series(1, 1000000) AS r;

-- every case gets at least one report; the rest are spread so that report counts vary (1 to 20+)
INSERT INTO case_report (case_id, report_id, portal_slug, reported_at)
SELECT md5('case' || (CASE WHEN r <= 300000 THEN r ELSE 1 + ((r::bigint * 7919) % (1 + (r % 300000))) END))::uuid,
       md5('report' || r)::uuid, (ARRAY['ml', 'ml', 'ml', 'sn', 'ci'])[1 + r % 5],
       now() - (r % 43200) * interval '1 minute'
FROM generate_series(1, 1000000) AS r
ON CONFLICT DO NOTHING;

UPDATE case_file c SET report_count = n.count
FROM (SELECT case_id, count(*) AS count FROM case_report GROUP BY case_id) n
WHERE n.case_id = c.id;
COMMIT;
ANALYZE case_file;
ANALYZE case_report;
ANALYZE report;
SELECT (SELECT count(*) FROM report) AS reports, (SELECT count(*) FROM case_file) AS cases,
       (SELECT count(*) FROM case_file WHERE status IN ('NEW', 'CLAIMED', 'SECOND_ASSESSMENT', 'DISAGREEMENT')) AS open_cases,
       (SELECT count(*) FROM case_report) AS links;
