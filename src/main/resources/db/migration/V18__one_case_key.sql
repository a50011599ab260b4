-- A case's id is derived from its canonical URL (a name-based UUID), so the primary key
-- already makes one case per address. A second unique index on the URL made two first
-- reports of one address, joined at once, fail or deadlock on whichever index the other
-- had reached first; the primary key is now the one key the join's ON CONFLICT decides on.
ALTER TABLE case_file DROP CONSTRAINT case_file_canonical_url_key;
