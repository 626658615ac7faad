-- The audit log records revoking an admin token: taking away a colleague's access weighs as much
-- as a publish, so the log says who did it and when. A new action, and SQLite cannot change a
-- CHECK: the table is rebuilt with the same rows and ids, and its append-only triggers again
-- (as 0006 did for 'feedback').
CREATE TABLE audit_log_next (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('save', 'publish', 'restore', 'import', 'feedback', 'token')),
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
