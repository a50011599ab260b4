-- Module portal: partners' logos, uploaded by administrators, decoded and written again as PNG,
-- kept in the database so that every node serves them. The name is the content's hash: a logo
-- never changes under its name, so it is cached for a year.
CREATE TABLE portal_logo
(
  portal_slug TEXT NOT NULL REFERENCES portal (slug) ON DELETE CASCADE,
  file        TEXT NOT NULL CHECK (file ~ '^[a-z0-9][a-z0-9._-]{0,99}\.png$'),
  png         BYTEA NOT NULL CHECK (length(png) BETWEEN 8 AND 2097152),
  width       INT NOT NULL CHECK (width > 0),
  height      INT NOT NULL CHECK (height > 0),
  uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (portal_slug, file)
);

-- Logos were files in an asset directory (PNG, SVG or WebP, served as they were): none is kept.
-- An administrator uploads each again, and it is checked and re-encoded like any new one.
UPDATE portal_partner SET logo_file = NULL WHERE logo_file IS NOT NULL;
ALTER TABLE portal_partner DROP CONSTRAINT IF EXISTS portal_partner_logo_file_check;
ALTER TABLE portal_partner
  ADD CONSTRAINT portal_partner_logo_file_check CHECK (logo_file ~ '^[a-z0-9][a-z0-9._-]{0,99}\.png$'),
  ADD CONSTRAINT portal_partner_logo_fk FOREIGN KEY (portal_slug, logo_file) REFERENCES portal_logo (portal_slug, file);
