-- Exchange outcomes (issue 16): the receiver of a referral reports back that it assessed it or that its
-- content was removed. The outbox carries both kinds of document: a referral once per partner and
-- reference, an outcome once per partner, referral and outcome (ASSESSED:<class>, REMOVED).
ALTER TABLE exchange_outbox
  ADD COLUMN kind    TEXT NOT NULL DEFAULT 'REFERRAL' CHECK (kind IN ('REFERRAL', 'OUTCOME')),
  ADD COLUMN outcome TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 40);
ALTER TABLE exchange_outbox DROP CONSTRAINT exchange_outbox_partner_id_sender_reference_key;
ALTER TABLE exchange_outbox ADD CONSTRAINT exchange_outbox_once UNIQUE (partner_id, kind, sender_reference, outcome);

-- Outcomes the partners reported of the referrals we sent them: each once, with the exact bytes and signature.
CREATE TABLE exchange_outcome
(
  referral_id        UUID NOT NULL REFERENCES exchange_outbox (id),
  outcome_key        TEXT NOT NULL,
  outcome            TEXT NOT NULL CHECK (outcome IN ('ASSESSED', 'REMOVED')),
  interpol_class     TEXT CHECK (interpol_class IN ('BASELINE', 'NATIONALLY_ILLEGAL', 'NOT_ILLEGAL')),
  removed_at         TIMESTAMP WITH TIME ZONE,
  reported_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  receiver_reference TEXT NOT NULL,
  key_id             TEXT NOT NULL,
  document           BYTEA NOT NULL,
  signature          TEXT NOT NULL,
  received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (referral_id, outcome_key)
);
