/**
 * Queries on the `audit_log` table. There is no function to change or remove an entry, and the
 * database refuses it too (triggers in migration 0002, recreated by 0006 and 0009).
 */

export const AUDIT_ACTIONS = ['save', 'publish', 'restore', 'import', 'feedback', 'token'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  who: string;
  action: AuditAction;
  summary: string;
  note: string | null;
}

export interface NewAuditEntry {
  tenantId: string;
  at: string;
  who: string;
  action: AuditAction;
  summary: string;
  note?: string | null;
}

export function appendAuditEntry(db: D1Database, entry: NewAuditEntry): D1PreparedStatement {
  return db
    .prepare('INSERT INTO audit_log (tenant_id, at, who, action, summary, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
    .bind(entry.tenantId, entry.at, entry.who, entry.action, entry.summary, entry.note ?? null);
}

/**
 * Appends the entry only while the draft has `draftEtag`. Batched before `updateDraftIfMatch`
 * with the same ETag, both see the same draft: the entry exists exactly when the save wins.
 */
export function appendAuditEntryIfDraftMatches(db: D1Database, entry: NewAuditEntry, draftEtag: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (tenant_id, at, who, action, summary, note)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM drafts WHERE tenant_id = ?1 AND etag = ?7)`,
    )
    .bind(entry.tenantId, entry.at, entry.who, entry.action, entry.summary, entry.note ?? null, draftEtag);
}

export interface ListAuditOptions {
  limit: number;
  /** Only entries older than this id: the next page. */
  before?: number;
}

/** Newest first. */
export async function listAuditEntries(db: D1Database, tenantId: string, { limit, before }: ListAuditOptions): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT id, at, who, action, summary, note FROM audit_log
       WHERE tenant_id = ?1 AND (?3 IS NULL OR id < ?3)
       ORDER BY id DESC LIMIT ?2`,
    )
    .bind(tenantId, limit, before ?? null)
    .all<AuditEntry>();
  return results;
}
