/**
 * The tenant's draft. A tenant that never saved one has the published content as its draft:
 * the row is made on first use, so every later save has an ETag to name.
 */
import type { Content } from '../../core/content/schema';
import { ApiError } from '../errors/api-error';
import { findDraft, insertDraftIfMissing, newDraftEtag, type Draft } from '../storage/drafts';
import { findPublishedStoredVersion } from '../storage/versions';

export async function loadDraft(db: D1Database, tenantId: string): Promise<Draft> {
  const existing = await findDraft(db, tenantId);
  if (existing) return existing;

  const version = await findPublishedStoredVersion(db, tenantId);
  if (!version) throw new ApiError('tenant_not_found');

  await insertDraftIfMissing(db, {
    tenantId,
    contentJson: version.contentJson,
    etag: newDraftEtag(),
    updatedAt: version.publishedAt,
    updatedBy: version.by,
  }).run();
  // Read back: a concurrent first request may have made the row first.
  const created = await findDraft(db, tenantId);
  if (!created) throw new Error(`Draft of ${tenantId} vanished`);
  return created;
}

/** The stored draft's content. Only `saveDraft` and a restore write it, both after parseContent. */
export function draftContent(draft: Draft): Content {
  return JSON.parse(draft.contentJson) as Content;
}
