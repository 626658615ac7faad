/** Queries on the `tenant_aliases` table: other municipalities a tenant serves. */

/** Adds the alias, or points an existing one at `tenantId`. The tenant must exist. */
export function upsertTenantAlias(db: D1Database, alias: string, tenantId: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO tenant_aliases (alias, tenant_id) VALUES (?1, ?2)
       ON CONFLICT (alias) DO UPDATE SET tenant_id = excluded.tenant_id`,
    )
    .bind(alias, tenantId);
}

/** The tenant an alias stands for, or null when it is no alias. */
export async function findAliasTarget(db: D1Database, alias: string): Promise<string | null> {
  return db.prepare('SELECT tenant_id FROM tenant_aliases WHERE alias = ?1').bind(alias).first<string>('tenant_id');
}
