/**
 * Queries on the `tenants` table. The tenant row is the anchor that versions (and, in later
 * issues, drafts, tokens and referrals) hang from.
 */

/** Creates the tenant on its first publish; later publishes only refresh its display name. */
export function upsertTenant(db: D1Database, tenant: { id: string; name: string }, createdAt: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO tenants (id, name, created_at) VALUES (?1, ?2, ?3)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name`,
    )
    .bind(tenant.id, tenant.name, createdAt);
}

export function pointTenantAt(db: D1Database, tenantId: string, version: number): D1PreparedStatement {
  return db.prepare('UPDATE tenants SET published_version = ?2 WHERE id = ?1').bind(tenantId, version);
}

export interface TenantRow {
  id: string;
  name: string;
}

export async function findTenant(db: D1Database, tenantId: string): Promise<TenantRow | null> {
  return db.prepare('SELECT id, name FROM tenants WHERE id = ?1').bind(tenantId).first<TenantRow>();
}
