-- The registry completes a publication by its id (the primary key) and, in completion mode
-- "delete", removes the row: the table only ever holds publications still in progress, a
-- handful. An index over every serialized event (hash) and one over a completion date
-- that is never set cost an index entry and its WAL on every report, for lookups that
-- touch a few rows (the fallback by event and listener scans them instead).
DROP INDEX IF EXISTS event_publication_serialized_event_hash_idx;
DROP INDEX IF EXISTS event_publication_by_completion_date_idx;
