-- Module portal: one reporting portal per country.
CREATE TABLE portal
(
  slug         TEXT PRIMARY KEY CHECK (slug ~ '^[a-z][a-z0-9-]{1,31}$' AND slug NOT IN ('actuator', 'css', 'error', 'api', 'admin', 'office', 'favicon.ico', 'robots.txt')),
  country_code CHAR(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
  languages    TEXT[] NOT NULL CHECK (cardinality(languages) >= 1),
  status       TEXT NOT NULL CHECK (status IN ('DRAFT', 'LIVE', 'SUSPENDED')),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE portal_name
(
  portal_slug TEXT NOT NULL REFERENCES portal (slug) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  PRIMARY KEY (portal_slug, language)
);

CREATE TABLE portal_partner
(
  portal_slug TEXT NOT NULL REFERENCES portal (slug) ON DELETE CASCADE,
  position    INT NOT NULL,
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  link        TEXT,
  logo_file   TEXT CHECK (logo_file ~ '^[a-z0-9][a-z0-9._-]{0,99}\.(png|svg|webp)$'),
  PRIMARY KEY (portal_slug, position)
);

CREATE TABLE portal_help_resource
(
  portal_slug TEXT NOT NULL REFERENCES portal (slug) ON DELETE CASCADE,
  position    INT NOT NULL,
  language    TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 300),
  phone       TEXT CHECK (length(phone) <= 40),
  link        TEXT CHECK (length(link) <= 500),
  example     BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (portal_slug, position, language),
  CHECK (phone IS NOT NULL OR link IS NOT NULL)
);

CREATE TABLE portal_text_override
(
  portal_slug TEXT NOT NULL REFERENCES portal (slug) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  message_key TEXT NOT NULL,
  text        TEXT NOT NULL CHECK (length(text) <= 4000),
  PRIMARY KEY (portal_slug, language, message_key)
);

-- The Mali portal, launched with its partners. The help resources are examples that the
-- administrators replace with verified local services before go-live.
INSERT INTO portal (slug, country_code, languages, status) VALUES ('ml', 'ML', ARRAY ['fr', 'en'], 'LIVE');
INSERT INTO portal_name (portal_slug, language, name) VALUES
  ('ml', 'fr', 'Mali'),
  ('ml', 'en', 'Mali');
INSERT INTO portal_partner (portal_slug, position, name, link) VALUES
  ('ml', 1, 'Peace One Day Mali', NULL),
  ('ml', 2, 'Orange Mali', NULL),
  ('ml', 3, 'Facebook', NULL),
  ('ml', 4, 'Gouvernement du Mali', NULL);
INSERT INTO portal_help_resource (portal_slug, position, language, name, description, phone, link, example) VALUES
  ('ml', 1, 'fr', 'Ligne d''écoute pour enfants (exemple)', 'Écoute et conseil, gratuit et confidentiel.', '+223 00 00 00 00', NULL, TRUE),
  ('ml', 1, 'en', 'Child helpline (example)', 'Listening and advice, free and confidential.', '+223 00 00 00 00', NULL, TRUE),
  ('ml', 2, 'fr', 'Police nationale, brigade des mineurs (exemple)', 'Si un enfant est en danger immédiat.', '17', NULL, TRUE),
  ('ml', 2, 'en', 'National police, child protection unit (example)', 'If a child is in immediate danger.', '17', NULL, TRUE),
  ('ml', 3, 'fr', 'Aide aux victimes en ligne (exemple)', 'Conseils si une image de vous circule.', NULL, 'https://help.example.org/ml/fr', TRUE),
  ('ml', 3, 'en', 'Online victim support (example)', 'Advice if an image of you is being shared.', NULL, 'https://help.example.org/ml/en', TRUE);
