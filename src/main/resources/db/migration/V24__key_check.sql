-- One check value per secret key, written by the first node that starts, so that a node
-- given another key refuses to start (HMAC-SHA256 of a fixed text with the key: says
-- nothing of the key).
CREATE TABLE key_check (
    name        text PRIMARY KEY,
    check_value bytea NOT NULL
);
