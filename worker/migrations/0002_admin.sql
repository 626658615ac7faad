-- The admin's data: a working draft per tenant, the append-only audit log, API tokens (hashed)
-- and the test questions that the admin runs against the draft before a publish.

-- One draft per tenant, created lazily from the published content on first read.
CREATE TABLE drafts (
  tenant_id TEXT PRIMARY KEY REFERENCES tenants (id),
  -- Validated content, as the draft PUT stored it.
  content_json TEXT NOT NULL,
  -- New on every write: a save must name the current one in If-Match, so no update gets lost.
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- Who changed what, when. Append-only: the triggers below refuse every UPDATE and DELETE.
-- `who` is a token label or an Access e-mail address: never anything about residents.
CREATE TABLE audit_log (
  -- AUTOINCREMENT: an id is never reused, so ids order the entries.
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('save', 'publish', 'restore', 'import')),
  summary TEXT NOT NULL,
  note TEXT
) STRICT;

CREATE INDEX audit_log_by_tenant ON audit_log (tenant_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Bearer tokens. Only the SHA-256 of a token is stored: a leaked database holds no usable token.
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
  -- A tenant id, or '*' for every tenant; no foreign key because of '*'.
  tenant_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'publisher')),
  label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

-- A tenant's test questions, in the order the admin keeps them.
CREATE TABLE test_questions (
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  question TEXT NOT NULL,
  counter_id TEXT NOT NULL,
  topic_id TEXT,
  PRIMARY KEY (tenant_id, position)
) STRICT;

-- 0001 promised that published versions are immutable; a restore publishes a new one instead.
CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
BEGIN
  SELECT RAISE(ABORT, 'versions are immutable');
END;

CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
BEGIN
  SELECT RAISE(ABORT, 'versions are immutable');
END;
