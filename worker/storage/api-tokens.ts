/** Queries on the `api_tokens` table. Only SHA-256 hashes of tokens are ever stored or looked up. */
import type { Actor, Role } from '../auth/roles';

export interface NewApiToken {
  tokenHash: string;
  /** A tenant id, or '*' for every tenant. */
  tenantId: string;
  role: Role;
  label: string;
  createdAt: string;
}

/** The actor behind a token hash, when the token is not revoked and covers the tenant. */
export async function findTokenActor(db: D1Database, tokenHash: string, tenantId: string): Promise<Actor | null> {
  return db
    .prepare(
      `SELECT label, role FROM api_tokens
       WHERE token_hash = ?1 AND revoked_at IS NULL AND (tenant_id = ?2 OR tenant_id = '*')`,
    )
    .bind(tokenHash, tenantId)
    .first<Actor>();
}

export function insertApiToken(db: D1Database, token: NewApiToken): D1PreparedStatement {
  return db
    .prepare('INSERT INTO api_tokens (token_hash, tenant_id, role, label, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(token.tokenHash, token.tenantId, token.role, token.label, token.createdAt);
}
