-- Hotline exchange (issue 16): a partner hotline's exchange endpoint and the API key it issued
-- us to call it with, its public key and the organisation whose API key it calls us with.
ALTER TABLE partner_contact
  ADD COLUMN exchange_endpoint     TEXT CHECK (exchange_endpoint ~ '^https://' AND length(exchange_endpoint) <= 2048),
  ADD COLUMN exchange_api_key      TEXT CHECK (length(exchange_api_key) <= 200),
  ADD COLUMN exchange_public_key   TEXT CHECK (length(exchange_public_key) <= 2000),
  ADD COLUMN exchange_organisation UUID REFERENCES organisation (id);

-- Referrals received from partners: one per partner and sender's reference.
CREATE TABLE exchange_received
(
  partner_id         UUID NOT NULL REFERENCES partner_contact (id),
  sender_reference   TEXT NOT NULL,
  installation       TEXT NOT NULL,
  report_reference   TEXT NOT NULL,
  key_id             TEXT NOT NULL,
  document           BYTEA NOT NULL,
  signature          TEXT NOT NULL,
  received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (partner_id, sender_reference)
);

-- Referrals to send to partners' exchange endpoints, tried until they are taken.
CREATE TABLE exchange_outbox
(
  id               UUID PRIMARY KEY,
  partner_id       UUID NOT NULL REFERENCES partner_contact (id),
  case_id          UUID NOT NULL,
  sender_reference TEXT NOT NULL,
  endpoint         TEXT NOT NULL,
  document         BYTEA NOT NULL,
  signature        TEXT NOT NULL,
  key_id           TEXT NOT NULL,
  state            TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
  attempts         INT NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  last_error       TEXT,
  receiver_reference TEXT,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at          TIMESTAMP WITH TIME ZONE,
  UNIQUE (partner_id, sender_reference)
);
CREATE INDEX exchange_outbox_due_idx ON exchange_outbox (next_attempt_at) WHERE state = 'PENDING';

-- The INTERPOL class of each case's final assessment, as triage announced it, for the documents sent.
CREATE TABLE exchange_case_class
(
  case_id        UUID PRIMARY KEY,
  interpol_class TEXT NOT NULL CHECK (interpol_class IN ('BASELINE', 'NATIONALLY_ILLEGAL', 'NOT_ILLEGAL'))
);
