-- Module organisations: the one callback address an organisation may register for its API
-- reports, with the secret (24 to 32 random bytes) that signs what is sent there. The secret is
-- kept as is: signing needs it.
CREATE TABLE organisation_callback
(
  organisation_id UUID PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
  url             TEXT NOT NULL CHECK (length(url) BETWEEN 9 AND 2000),
  secret          BYTEA NOT NULL CHECK (length(secret) BETWEEN 24 AND 32),
  registered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Module reportapi: the callback outbox, one row per API report: the newest standing queued for
-- it (a newer one replaces one not sent yet, so an old state never overtakes a new one), its
-- hash to tell whether the standing changed, and the message's id, kept across retries.
CREATE TABLE report_api_callback
(
  report_id       UUID PRIMARY KEY,
  organisation_id UUID NOT NULL,
  state_hash      BYTEA NOT NULL CHECK (length(state_hash) = 32),
  message_id      TEXT NOT NULL,
  payload         BYTEA NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'DROPPED')),
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE,
  last_error      TEXT
);
CREATE INDEX report_api_callback_due_idx ON report_api_callback (next_attempt_at) WHERE state = 'PENDING';
