-- Abuse resistance (issue 14): tokens that expire and can be listed and revoked by id, and a
-- daily count of anonymous writes per tenant for the daily ceiling.

-- An id to name a token by in the admin API: random, never derived from the token or its hash.
ALTER TABLE api_tokens ADD COLUMN id TEXT;
-- After this instant (ISO 8601, UTC) the token no longer signs in; NULL: it does not expire.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
-- When it last signed in, to the minute, updated at most every few minutes.
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;

UPDATE api_tokens SET id = lower(hex(randomblob(16))) WHERE id IS NULL;
CREATE UNIQUE INDEX api_tokens_by_id ON api_tokens (id);
-- ALTER TABLE cannot add NOT NULL without a default: a token without an id is refused instead.
CREATE TRIGGER api_tokens_need_id BEFORE INSERT ON api_tokens WHEN NEW.id IS NULL
BEGIN
  SELECT RAISE(ABORT, 'api_tokens.id is required');
END;

-- How many anonymous writes of a kind a tenant received on an Amsterdam calendar day, refused
-- ones included. Only counts: nothing about who sent them.
CREATE TABLE daily_writes (
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  -- YYYY-MM-DD in Europe/Amsterdam.
  day TEXT NOT NULL CHECK (day = strftime('%Y-%m-%d', day)),
  kind TEXT NOT NULL CHECK (kind IN ('signal', 'referral', 'feedback')),
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (tenant_id, day, kind)
) STRICT, WITHOUT ROWID;
