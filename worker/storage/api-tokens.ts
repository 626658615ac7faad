/**
 * Queries on the `api_tokens` table. Only SHA-256 hashes of tokens are ever stored or looked up;
 * a token is named by its random `id` (0007), which says nothing about the token or its hash.
 */
import type { Role } from '../auth/roles';

export interface NewApiToken {
  tokenHash: string;
  /** A tenant id, or '*' for every tenant. */
  tenantId: string;
  role: Role;
  label: string;
  createdAt: string;
  /** ISO 8601 UTC; null or absent: the token does not expire. */
  expiresAt?: string | null;
}

/** A stored token as the admin may see it: never the token, never its hash. */
export interface ApiTokenRecord {
  id: string;
  tenantId: string;
  role: Role;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface ApiTokenRow {
  id: string;
  tenant_id: string;
  role: Role;
  label: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

const COLUMNS = 'id, tenant_id, role, label, created_at, expires_at, last_used_at, revoked_at';

function toRecord(row: ApiTokenRow): ApiTokenRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    role: row.role,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** The token with this hash, whatever its tenant or state; null when there is none. */
export async function findTokenByHash(db: D1Database, tokenHash: string): Promise<ApiTokenRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE token_hash = ?1`).bind(tokenHash).first<ApiTokenRow>();
  return row && toRecord(row);
}

/** A random id, 128 bits in hex: independent of the token. */
export function newTokenId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function insertApiToken(db: D1Database, token: NewApiToken, id: string = newTokenId()): D1PreparedStatement {
  return db
    .prepare('INSERT INTO api_tokens (id, token_hash, tenant_id, role, label, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)')
    .bind(id, token.tokenHash, token.tenantId, token.role, token.label, token.createdAt, token.expiresAt ?? null);
}

/** The tokens made for this one tenant (not those for every tenant), newest first. */
export async function listTenantTokens(db: D1Database, tenantId: string): Promise<ApiTokenRecord[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE tenant_id = ?1 ORDER BY created_at DESC, label`)
    .bind(tenantId)
    .all<ApiTokenRow>();
  return results.map(toRecord);
}

/**
 * Revokes a token of this tenant and, in the same batch, logs it in the audit log with who did it
 * (only the first time: revoking a revoked token changes and logs nothing). Null when the tenant
 * has no token with this id.
 */
export async function revokeTenantToken(
  db: D1Database,
  tenantId: string,
  id: string,
  { now, who }: { now: string; who: string },
): Promise<ApiTokenRecord | null> {
  const [updated] = await db.batch<ApiTokenRow>([
    db
      .prepare(
        `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?3)
         WHERE tenant_id = ?1 AND id = ?2
         RETURNING ${COLUMNS}`,
      )
      .bind(tenantId, id, now),
    db
      .prepare(
        `INSERT INTO audit_log (tenant_id, at, who, action, summary)
         SELECT ?1, ?3, ?4, 'token', 'Sleutel ingetrokken: "' || label || '" (' || role || ')'
         FROM api_tokens WHERE tenant_id = ?1 AND id = ?2 AND revoked_at = ?3`,
      )
      .bind(tenantId, id, now, who),
  ]);
  const row = updated?.results[0];
  return row ? toRecord(row) : null;
}

/** How stale `last_used_at` may get: one write per token per few minutes, not one per request. */
const LAST_USE_RESOLUTION_MS = 5 * 60_000;

/** Records a sign-in, to the minute, unless one was recorded in the last few minutes. */
export async function touchToken(db: D1Database, id: string, now: Date): Promise<void> {
  const minute = `${now.toISOString().slice(0, 16)}:00Z`;
  const staleBefore = new Date(now.getTime() - LAST_USE_RESOLUTION_MS).toISOString();
  await db
    .prepare('UPDATE api_tokens SET last_used_at = ?2 WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at < ?3)')
    .bind(id, minute, staleBefore)
    .run();
}
