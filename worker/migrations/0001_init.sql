-- Tenants and their published versions. Drafts, tokens, audit and referrals come in later
-- migrations; a tenant's row stays the anchor they will reference.

CREATE TABLE tenants (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL,
  -- NULL until the first publish, so a later issue can create a tenant with only a draft.
  published_version INTEGER,
  created_at TEXT NOT NULL,
  FOREIGN KEY (id, published_version) REFERENCES versions (tenant_id, version)
) STRICT;

-- Immutable: a publish only ever adds a row.
CREATE TABLE versions (
  tenant_id TEXT NOT NULL REFERENCES tenants (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  -- The validated content as published: what the admin app reopens as a draft.
  content_json TEXT NOT NULL,
  -- The compiled bundle exactly as served, so its ETag stays valid byte for byte.
  bundle_json TEXT NOT NULL,
  etag TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (tenant_id, version)
) STRICT;
