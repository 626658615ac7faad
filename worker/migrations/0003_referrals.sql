-- Referrals and signals: anonymous records. Nothing here identifies a resident or a member of
-- staff: no IP address, no user agent, no token label, and times only to the hour.

CREATE TABLE referrals (
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  -- SHA-256 (hex) of the compact code: the database alone cannot confirm a referral.
  code_hash TEXT NOT NULL CHECK (length(code_hash) = 64),
  topic_id TEXT NOT NULL,
  counter_id TEXT NOT NULL,
  source_desk_id TEXT NOT NULL,
  digital_help INTEGER NOT NULL CHECK (digital_help IN (0, 1)),
  -- JSON array of signal category ids ticked at the desk.
  signal_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(signal_ids) AND json_type(signal_ids) = 'array'),
  -- Checked for personal data before it is stored.
  note TEXT CHECK (note IS NULL OR length(note) <= 280),
  status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'arrived', 'helped', 'referred-on', 'not-for-us')),
  better_counter_id TEXT,
  created_at TEXT NOT NULL CHECK (created_at = strftime('%Y-%m-%dT%H:00:00Z', created_at)),
  status_updated_at TEXT NOT NULL CHECK (status_updated_at = strftime('%Y-%m-%dT%H:00:00Z', status_updated_at)),
  PRIMARY KEY (tenant_id, code_hash),
  CHECK ((status IN ('referred-on', 'not-for-us')) = (better_counter_id IS NOT NULL))
) STRICT;

CREATE INDEX referrals_by_tenant_time ON referrals (tenant_id, created_at);
-- For the retention purge over every tenant.
CREATE INDEX referrals_by_time ON referrals (created_at);

-- Signals without a referral: a question that found no topic, a clarification abandoned, or
-- signal categories a desk registers on their own.
CREATE TABLE signals (
  id INTEGER PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  kind TEXT NOT NULL CHECK (kind IN ('unanswered', 'clarify-abandoned', 'category')),
  mode TEXT CHECK (mode IS NULL OR mode IN ('desk', 'resident')),
  -- Only when it passed the personal-data check; otherwise NULL and only the fact is kept.
  question TEXT CHECK (question IS NULL OR length(question) <= 500),
  topic_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topic_ids) AND json_type(topic_ids) = 'array'),
  category_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(category_ids) AND json_type(category_ids) = 'array'),
  source_desk_id TEXT,
  created_at TEXT NOT NULL CHECK (created_at = strftime('%Y-%m-%dT%H:00:00Z', created_at))
) STRICT;

CREATE INDEX signals_by_tenant_time ON signals (tenant_id, created_at);
CREATE INDEX signals_by_time ON signals (created_at);
