-- A tenant serves one or more municipalities: several municipalities fund one library and share
-- its table. Each extra municipality is an alias that every /api/v1/tenants/{tenant}/ path
-- accepts in place of the tenant's own id.
CREATE TABLE tenant_aliases (
  alias TEXT PRIMARY KEY CHECK (length(alias) BETWEEN 1 AND 64),
  tenant_id TEXT NOT NULL REFERENCES tenants (id)
) STRICT;

CREATE INDEX tenant_aliases_by_tenant ON tenant_aliases (tenant_id);
