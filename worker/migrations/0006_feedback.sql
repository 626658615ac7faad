-- Feedback ("Klopt dit niet?"): staff, residents and receiving counters say that an answer was
-- wrong and what was right. Anonymous like signals: no address, no user agent, no member of
-- staff, times to the hour, deleted after RETENTION_MONTHS.

-- One item of the admin's queue: the same reduced question with the same given and expected
-- answer. Reports arriving while it is open join it; after it is closed, a new item opens.
CREATE TABLE feedback_items (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  -- JSON of question, given and expected (core/feedback/feedback.ts): what groups reports.
  group_key TEXT NOT NULL,
  -- Reduced before it is stored (core/privacy/reduce-free-text.ts); NULL for a receiving counter's report.
  question TEXT CHECK (question IS NULL OR length(question) <= 500),
  given_topic_id TEXT,
  given_counter_id TEXT,
  given_basis TEXT CHECK (given_basis IS NULL OR given_basis IN ('table', 'national', 'fallback')),
  expected_counter_id TEXT,
  expected_topic_id TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
  reason TEXT CHECK (reason IS NULL OR length(reason) <= 280),
  CHECK (expected_topic_id IS NULL OR expected_counter_id IS NOT NULL)
) STRICT;

-- At most one open item per group: a new report joins it (INSERT … ON CONFLICT).
CREATE UNIQUE INDEX feedback_items_open_group ON feedback_items (tenant_id, group_key) WHERE status = 'open';
CREATE INDEX feedback_items_by_tenant ON feedback_items (tenant_id, status);

-- Every report, for the count, the first and last hour, and the figures per week.
CREATE TABLE feedback_reports (
  id INTEGER PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES feedback_items (id) ON DELETE CASCADE,
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  source TEXT NOT NULL CHECK (source IN ('desk', 'resident', 'receiving-counter')),
  source_desk_id TEXT,
  -- Checked for personal data before it is stored.
  comment TEXT CHECK (comment IS NULL OR length(comment) <= 280),
  created_at TEXT NOT NULL CHECK (created_at = strftime('%Y-%m-%dT%H:00:00Z', created_at))
) STRICT;

CREATE INDEX feedback_reports_by_item ON feedback_reports (item_id);
CREATE INDEX feedback_reports_by_tenant_time ON feedback_reports (tenant_id, created_at);
CREATE INDEX feedback_reports_by_time ON feedback_reports (created_at);

-- The audit log records accepting and dismissing feedback: a new action. SQLite cannot change a
-- CHECK, so the table is rebuilt with the same rows and ids, and its append-only triggers again.
CREATE TABLE audit_log_next (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('save', 'publish', 'restore', 'import', 'feedback')),
  summary TEXT NOT NULL,
  note TEXT
) STRICT;

INSERT INTO audit_log_next (id, tenant_id, at, who, action, summary, note)
SELECT id, tenant_id, at, who, action, summary, note FROM audit_log;

-- Dropping a table fires no DELETE trigger; its triggers and index go with it.
DROP TABLE audit_log;
ALTER TABLE audit_log_next RENAME TO audit_log;

CREATE INDEX audit_log_by_tenant ON audit_log (tenant_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
