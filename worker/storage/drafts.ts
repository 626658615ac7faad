/**
 * Queries on the `drafts` table: one working copy of the content per tenant. Every write gets a
 * new ETag, so a save that names a stale one can be refused (no lost update).
 */

/**
 * A fresh ETag for each write, not a hash of the content: after a colleague changes the draft
 * and changes it back, a save based on the first read must still hear that someone saved.
 */
export function newDraftEtag(): string {
  return `"${crypto.randomUUID()}"`;
}

export interface Draft {
  tenantId: string;
  contentJson: string;
  etag: string;
  updatedAt: string;
  updatedBy: string;
}

interface DraftRow {
  tenant_id: string;
  content_json: string;
  etag: string;
  updated_at: string;
  updated_by: string;
}

function toDraft(row: DraftRow): Draft {
  return {
    tenantId: row.tenant_id,
    contentJson: row.content_json,
    etag: row.etag,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function findDraft(db: D1Database, tenantId: string): Promise<Draft | null> {
  const row = await db
    .prepare('SELECT tenant_id, content_json, etag, updated_at, updated_by FROM drafts WHERE tenant_id = ?1')
    .bind(tenantId)
    .first<DraftRow>();
  return row ? toDraft(row) : null;
}

/** Creates the draft unless one exists: two first reads at once both end with the same row. */
export function insertDraftIfMissing(db: D1Database, draft: Draft): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO drafts (tenant_id, content_json, etag, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (tenant_id) DO NOTHING`,
    )
    .bind(draft.tenantId, draft.contentJson, draft.etag, draft.updatedAt, draft.updatedBy);
}

/**
 * Replaces the draft only while it still has `expectedEtag`. The check and the write are one
 * statement, so two saves from the same ETag cannot both win: `meta.changes` is 0 for the loser.
 */
export function updateDraftIfMatch(db: D1Database, draft: Draft, expectedEtag: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE drafts SET content_json = ?2, etag = ?3, updated_at = ?4, updated_by = ?5
       WHERE tenant_id = ?1 AND etag = ?6`,
    )
    .bind(draft.tenantId, draft.contentJson, draft.etag, draft.updatedAt, draft.updatedBy, expectedEtag);
}

/** Sets the draft whatever it was: a restore resets it to the restored version. */
export function upsertDraft(db: D1Database, draft: Draft): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO drafts (tenant_id, content_json, etag, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (tenant_id) DO UPDATE SET content_json = excluded.content_json, etag = excluded.etag,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .bind(draft.tenantId, draft.contentJson, draft.etag, draft.updatedAt, draft.updatedBy);
}
