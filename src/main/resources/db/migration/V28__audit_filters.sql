-- The audit page filters by person and by action, newest first.
CREATE INDEX audit_entry_actor ON audit_entry (actor, sequence DESC);
CREATE INDEX audit_entry_action ON audit_entry (action, sequence DESC);
