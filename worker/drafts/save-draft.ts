/**
 * Saving validated content as the tenant's draft, with its audit entry, only when the draft is
 * still the one the client saw (If-Match). A draft PUT and a CSV import both save this way.
 */
import { diffContent } from '../../core/content/diff-content';
import type { Content } from '../../core/content/schema';
import type { Actor } from '../auth/roles';
import { ApiError } from '../errors/api-error';
import { ifMatchHits } from '../http/if-match';
import { appendAuditEntryIfDraftMatches, type AuditAction } from '../storage/audit-log';
import type { Draft } from '../storage/drafts';
import { newDraftEtag, updateDraftIfMatch } from '../storage/drafts';
import { draftContent, loadDraft } from './load-draft';

export interface SaveDraftOverOptions {
  actor: Actor;
  now: Date;
  action: Extract<AuditAction, 'save' | 'import'>;
  /** Put before the diff summary in the audit log, e.g. "Onderwerpen uit CSV". */
  summaryPrefix?: string;
}

export interface SaveDraftOptions extends SaveDraftOverOptions {
  /** The client's `If-Match`, already required to be present. */
  ifMatch: string;
}

/** A draft as read, with its content already parsed. */
export interface CurrentDraft {
  draft: Draft;
  content: Content;
}

function draftChanged(current: Draft): ApiError {
  // The current ETag lets the client fetch and compare without guessing.
  return new ApiError('draft_changed', { headers: { ETag: current.etag } });
}

/** 412 `draft_changed` unless `ifMatch` names the draft's current ETag. */
export function assertDraftMatches(ifMatch: string, current: Draft): void {
  if (!ifMatchHits(ifMatch, current.etag)) throw draftChanged(current);
}

export async function saveDraft(db: D1Database, content: Content, { ifMatch, ...options }: SaveDraftOptions): Promise<Draft> {
  const draft = await loadDraft(db, content.tenant.id);
  assertDraftMatches(ifMatch, draft);
  return saveDraftOver(db, { draft, content: draftContent(draft) }, content, options);
}

/**
 * Saves `content` over `current`, which the caller has read and checked. Only if the stored draft
 * still has `current`'s ETag; otherwise 412 `draft_changed`, as for `saveDraft`.
 */
export async function saveDraftOver(
  db: D1Database,
  current: CurrentDraft,
  content: Content,
  options: SaveDraftOverOptions,
): Promise<Draft> {
  const tenantId = content.tenant.id;
  const contentJson = JSON.stringify(content);
  const next: Draft = {
    tenantId,
    contentJson,
    etag: newDraftEtag(),
    updatedAt: options.now.toISOString(),
    updatedBy: options.actor.label,
  };
  const { summary } = diffContent(current.content, content);
  const entry = {
    tenantId,
    at: next.updatedAt,
    who: options.actor.label,
    action: options.action,
    summary: options.summaryPrefix ? `${options.summaryPrefix}: ${summary}` : summary,
  };
  // Audit first: both statements test the same ETag in one transaction, so they win or lose together.
  const [, update] = await db.batch([
    appendAuditEntryIfDraftMatches(db, entry, current.draft.etag),
    updateDraftIfMatch(db, next, current.draft.etag),
  ]);
  if (update?.meta.changes !== 1) {
    const latest = await loadDraft(db, tenantId);
    throw draftChanged(latest);
  }
  return next;
}
