-- Issue 16: a report's channel is a portal, the report API or the hotline exchange. Reports of
-- the API and of the exchange are filed under the slugs 'api' and 'exchange' where a portal's
-- slug would be (cases, statistics), so no portal may have either. A portal already named so
-- would have mixed its reports with the channel's: nothing here can tell them apart for sure,
-- so the migration stops and says what to do.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM portal WHERE slug IN ('api', 'exchange')) THEN
    RAISE EXCEPTION 'A portal has the slug ''exchange'' (or ''api''), which the hotline exchange''s reports are filed under. '
      'Before upgrading, give that portal another slug (and move its reports, cases and statistics to it), '
      'then start the application again.';
  END IF;
END $$;
ALTER TABLE portal ADD CONSTRAINT portal_channel_slug_check CHECK (slug NOT IN ('api', 'exchange'));

-- Module intake: a referral keeps the partner hotline's name and its reference where an API
-- report keeps its organisation's (without an organisation id: it is no report of the API's).
ALTER TABLE report DROP CONSTRAINT report_api_fields_check;
ALTER TABLE report DROP CONSTRAINT report_channel_check;
UPDATE report r
SET channel = 'EXCHANGE', organisation_name = p.name, organisation_reference = er.sender_reference
FROM exchange_received er JOIN partner_contact p ON p.id = er.partner_id
WHERE r.reference = er.report_reference;
-- a referral stored by intake whose receipt the exchange did not record (the partner never retried)
UPDATE report SET channel = 'EXCHANGE', organisation_name = 'partner hotline (not recorded)', organisation_reference = '-'
WHERE portal_slug = 'exchange' AND channel = 'PORTAL';
ALTER TABLE report
  ADD CONSTRAINT report_channel_check CHECK (channel IN ('PORTAL', 'API', 'EXCHANGE')),
  ADD CONSTRAINT report_channel_slug_check
    CHECK ((channel = 'API') = (portal_slug = 'api') AND (channel = 'EXCHANGE') = (portal_slug = 'exchange')),
  ADD CONSTRAINT report_sender_check CHECK (CASE channel
    WHEN 'API' THEN organisation_id IS NOT NULL AND organisation_name IS NOT NULL AND organisation_reference IS NOT NULL
    WHEN 'EXCHANGE' THEN organisation_id IS NULL AND organisation_name IS NOT NULL AND organisation_reference IS NOT NULL
    ELSE organisation_id IS NULL AND organisation_name IS NULL AND organisation_reference IS NULL END);

-- Module triage: who sent each report of a case (the organisation or the partner hotline), for the queue.
ALTER TABLE case_report ADD COLUMN sender TEXT;
UPDATE case_report cr SET sender = r.organisation_name
FROM report r WHERE r.id = cr.report_id AND r.channel <> 'PORTAL';
