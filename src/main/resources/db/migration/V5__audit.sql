-- The audit trail: append-only, hash-chained (see org.openhotline.audit.AuditChain).
CREATE TABLE audit_entry
(
  sequence    BIGINT PRIMARY KEY CHECK (sequence >= 1),
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       TEXT NOT NULL CHECK (length(actor) <= 200),
  action      TEXT NOT NULL CHECK (length(action) <= 64),
  target      TEXT NOT NULL DEFAULT '' CHECK (length(target) <= 500),
  details     TEXT NOT NULL DEFAULT '' CHECK (length(details) <= 4000),
  mac         BYTEA NOT NULL CHECK (length(mac) = 32)
);

-- Append-only for the application. Whoever owns the table can still switch this off; the
-- chain is what shows that they did.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
