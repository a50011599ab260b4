-- Module takedown: partner directory, actions (notices and referrals), the mail outbox, and
-- the per-case times that removal figures are made of. Case ids are triage's; no foreign
-- keys into other modules' tables.

CREATE TABLE partner_contact
(
  id         UUID PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('HOTLINE', 'LAW_ENFORCEMENT')),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- NULL: international (e.g. the international law-enforcement contact)
  country    TEXT CHECK (country ~ '^[A-Z]{2}$'),
  email      TEXT NOT NULL CHECK (length(email) <= 254),
  languages  TEXT[] NOT NULL CHECK (cardinality(languages) >= 1),
  channel    TEXT NOT NULL CHECK (channel IN ('EMAIL', 'WEB_FORM', 'PHONE')),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  active     BOOLEAN NOT NULL DEFAULT TRUE,
  example    BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version    BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX partner_contact_country_idx ON partner_contact (kind, country) WHERE active;

-- Example entries, reserved addresses only: an administrator replaces them before going live.
INSERT INTO partner_contact (id, kind, name, country, email, languages, channel, note, example) VALUES
  ('00000000-0000-4000-8000-000000000001', 'HOTLINE', 'Example hotline, France', 'FR', 'reports@hotline-fr.example',
   '{fr,en}', 'EMAIL', 'Example entry: replace with the real partner hotline.', TRUE),
  ('00000000-0000-4000-8000-000000000002', 'HOTLINE', 'Example hotline, United States', 'US', 'reports@hotline-us.example',
   '{en}', 'EMAIL', 'Example entry: replace with the real partner hotline.', TRUE),
  ('00000000-0000-4000-8000-000000000003', 'LAW_ENFORCEMENT', 'Example police cybercrime unit, Mali', 'ML',
   'cybercrime@police-ml.example', '{fr}', 'EMAIL', 'Example entry: replace with the real contact.', TRUE),
  ('00000000-0000-4000-8000-000000000004', 'LAW_ENFORCEMENT', 'Example international law-enforcement contact', NULL,
   'referrals@international-police.example', '{en,fr,ar}', 'EMAIL', 'Example entry: replace with the real contact.', TRUE);

-- One row per case that calls for action, with the times its figures are made of.
CREATE TABLE takedown_case
(
  case_id           UUID PRIMARY KEY,
  canonical_url     TEXT NOT NULL,
  host              TEXT NOT NULL,
  first_reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
  assessed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  traced_at         TIMESTAMP WITH TIME ZONE,
  country           TEXT,
  asn               BIGINT,
  first_notice_at   TIMESTAMP WITH TIME ZONE,
  last_checked_at   TIMESTAMP WITH TIME ZONE,
  removed_at        TIMESTAMP WITH TIME ZONE,
  removed_by        TEXT
);
CREATE INDEX takedown_case_open_idx ON takedown_case (assessed_at) WHERE removed_at IS NULL;

CREATE TABLE takedown_action
(
  id               UUID PRIMARY KEY,
  case_id          UUID NOT NULL,
  reference        TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL CHECK (kind IN ('HOST_NOTICE', 'HOTLINE_REFERRAL', 'POLICE_REFERRAL')),
  -- for host notices: who is written to now (0 host, 1 upstream network, 2 registrar, 3 law enforcement)
  level            INT NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3),
  recipient_name   TEXT,
  recipient_email  TEXT NOT NULL,
  language         TEXT NOT NULL,
  partner_id       UUID REFERENCES partner_contact (id),
  status           TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  notices_sent     INT NOT NULL DEFAULT 0,
  notices_at_level INT NOT NULL DEFAULT 0,
  next_due_at      TIMESTAMP WITH TIME ZONE,
  created_by       TEXT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at        TIMESTAMP WITH TIME ZONE,
  version          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX takedown_action_case_idx ON takedown_action (case_id);
CREATE INDEX takedown_action_due_idx ON takedown_action (next_due_at) WHERE status = 'OPEN';

-- The outbox: a mail is written in the same transaction as the decision that calls for it,
-- and sent by a job. A row is locked while it is sent, so two nodes never send it twice.
CREATE TABLE notice_mail
(
  id              UUID PRIMARY KEY,
  action_id       UUID NOT NULL REFERENCES takedown_action (id),
  kind            TEXT NOT NULL CHECK (kind IN ('NOTICE', 'RENOTICE', 'ESCALATION', 'REFERRAL')),
  message_id      TEXT NOT NULL UNIQUE,
  recipient_email TEXT NOT NULL,
  language        TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('PENDING', 'SENT', 'LOGGED', 'GAVE_UP')),
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_error      TEXT,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notice_mail_pending_idx ON notice_mail (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notice_mail_action_idx ON notice_mail (action_id);

-- db-scheduler's table (persistent schedules, picked by one node at a time)
CREATE TABLE scheduled_tasks
(
  task_name            TEXT NOT NULL,
  task_instance        TEXT NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN NOT NULL,
  picked_by            TEXT,
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
