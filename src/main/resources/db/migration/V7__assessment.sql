-- Module triage: claims, assessments under a taxonomy, second assessments.
ALTER TABLE case_file DROP CONSTRAINT case_file_status_check;
ALTER TABLE case_file ADD CONSTRAINT case_file_status_check
  CHECK (status IN ('NEW', 'CLAIMED', 'SECOND_ASSESSMENT', 'DISAGREEMENT', 'ASSESSED', 'CLOSED'));
ALTER TABLE case_file
  ADD COLUMN claimed_by      UUID,
  ADD COLUMN claimed_by_name TEXT,
  ADD COLUMN claimed_until   TIMESTAMP WITH TIME ZONE,
  ADD COLUMN outcome         TEXT,
  ADD COLUMN feedback        TEXT CHECK (feedback IN ('ACTION_TAKEN', 'NOT_ILLEGAL', 'NO_LONGER_AVAILABLE')),
  ADD COLUMN assessed_at     TIMESTAMP WITH TIME ZONE;

-- the queue: open cases by priority (most reported first, then oldest)
CREATE INDEX case_file_queue_idx ON case_file (report_count DESC, first_reported_at)
  WHERE status IN ('NEW', 'CLAIMED', 'SECOND_ASSESSMENT', 'DISAGREEMENT');
CREATE INDEX case_report_portal_idx ON case_report (portal_slug, case_id);

-- A taxonomy is data: another hotline adds its own (or a new version of one); every
-- assessment records the taxonomy and version it used. The document lists outcomes (with
-- their INTERPOL class and what the reporter is told), age bands, sexes and site types.
CREATE TABLE taxonomy
(
  id         TEXT NOT NULL CHECK (id ~ '^[a-z0-9-]{2,40}$'),
  version    INT NOT NULL CHECK (version >= 1),
  active     BOOLEAN NOT NULL DEFAULT FALSE,
  document   JSONB NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);
CREATE UNIQUE INDEX taxonomy_one_active ON taxonomy (active) WHERE active;

CREATE TABLE assessment
(
  id               UUID PRIMARY KEY,
  case_id          UUID NOT NULL REFERENCES case_file (id),
  round            TEXT NOT NULL CHECK (round IN ('FIRST', 'SECOND', 'SETTLED')),
  assessor         UUID NOT NULL,
  assessor_name    TEXT NOT NULL,
  taxonomy_id      TEXT NOT NULL,
  taxonomy_version INT NOT NULL,
  outcome          TEXT NOT NULL,
  age_band         TEXT,
  sexes            TEXT[] NOT NULL DEFAULT '{}',
  site_type        TEXT,
  commercial       BOOLEAN,
  notes            TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  assessed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  FOREIGN KEY (taxonomy_id, taxonomy_version) REFERENCES taxonomy (id, version)
);
CREATE INDEX assessment_case_idx ON assessment (case_id, assessed_at);

INSERT INTO taxonomy (id, version, active, document) VALUES ('uk-iwf', 1, TRUE, '{
  "name": {"en": "UK (IWF) assessment scheme", "fr": "Grille d’évaluation britannique (IWF)", "ar": "نظام التقييم البريطاني (IWF)"},
  "outcomes": [
    {"code": "CSAM_A", "interpol": "BASELINE", "feedback": "ACTION_TAKEN", "details": true,
     "label": {"en": "Child sexual abuse – category A", "fr": "Abus sexuels sur enfants – catégorie A", "ar": "اعتداء جنسي على أطفال – الفئة أ"}},
    {"code": "CSAM_B", "interpol": "BASELINE", "feedback": "ACTION_TAKEN", "details": true,
     "label": {"en": "Child sexual abuse – category B", "fr": "Abus sexuels sur enfants – catégorie B", "ar": "اعتداء جنسي على أطفال – الفئة ب"}},
    {"code": "CSAM_C", "interpol": "NATIONALLY_ILLEGAL", "feedback": "ACTION_TAKEN", "details": true,
     "label": {"en": "Child sexual abuse – category C", "fr": "Abus sexuels sur enfants – catégorie C", "ar": "اعتداء جنسي على أطفال – الفئة ج"}},
    {"code": "PROHIBITED_NON_PHOTOGRAPHIC", "interpol": "NATIONALLY_ILLEGAL", "feedback": "ACTION_TAKEN", "details": true,
     "label": {"en": "Prohibited non-photographic image", "fr": "Image non photographique interdite", "ar": "صورة غير فوتوغرافية محظورة"}},
    {"code": "NOT_ILLEGAL", "interpol": "NOT_ILLEGAL", "feedback": "NOT_ILLEGAL", "details": false,
     "label": {"en": "Not illegal", "fr": "Non illégal", "ar": "غير مخالف للقانون"}},
    {"code": "OUTSIDE_REMIT", "interpol": "NOT_ILLEGAL", "feedback": "NOT_ILLEGAL", "details": false,
     "label": {"en": "Outside our remit", "fr": "Hors de notre mission", "ar": "خارج نطاق عملنا"}},
    {"code": "NO_LONGER_AVAILABLE", "interpol": "NOT_ILLEGAL", "feedback": "NO_LONGER_AVAILABLE", "details": false,
     "label": {"en": "Content no longer available", "fr": "Contenu plus disponible", "ar": "المحتوى لم يعد متاحًا"}},
    {"code": "DUPLICATE", "interpol": "NOT_ILLEGAL", "feedback": null, "details": false,
     "label": {"en": "Duplicate of another case", "fr": "Doublon d’un autre dossier", "ar": "مكرر لملف آخر"}}
  ],
  "ageBands": ["0-2", "3-6", "7-10", "11-13", "14-15", "16-17"],
  "sexes": ["FEMALE", "MALE", "BOTH", "UNKNOWN"],
  "siteTypes": ["IMAGE_HOST", "CYBERLOCKER", "FORUM", "WEBSITE", "SOCIAL_NETWORK", "VIDEO_CHANNEL", "BLOG",
                "IMAGE_BOARD", "SEARCH_RESULT", "REDIRECTOR", "OTHER"]
}');
