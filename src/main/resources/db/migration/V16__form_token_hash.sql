-- A report keeps only the SHA-256 of its form's id, never the id: the receipt code derives
-- from that id, so a dump and the key must not be enough to recompute every receipt code.
-- Changing the type with USING rewrites the table, so the ids do not stay in its files.
-- The hash must match ReportRepository.formHash: SHA-256 of the id's UTF-8 bytes.
ALTER TABLE report ALTER COLUMN form_token_id TYPE BYTEA USING sha256(convert_to(form_token_id, 'UTF8'));
ALTER TABLE report RENAME COLUMN form_token_id TO form_token_hash;
ALTER TABLE report RENAME CONSTRAINT report_form_token_id_key TO report_form_token_hash_key;
ALTER TABLE report ADD CONSTRAINT report_form_token_hash_length CHECK (length(form_token_hash) = 32);
COMMENT ON COLUMN report.form_token_hash IS 'idempotency key: SHA-256 of the form''s random id, one report per form';
