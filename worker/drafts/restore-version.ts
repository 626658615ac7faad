/**
 * Restoring version N: publishes a new version with N's content and resets the draft to it, so
 * history only grows. The version, the draft and the audit entry commit together.
 */
import type { Actor } from '../auth/roles';
import { ApiError } from '../errors/api-error';
import { appendAuditEntry } from '../storage/audit-log';
import { newDraftEtag, upsertDraft } from '../storage/drafts';
import { publishVersion } from '../storage/publish-version';
import { findVersion, type PublishedVersion } from '../storage/versions';
import { loadDraft } from './load-draft';
import { assertDraftMatches } from './save-draft';
import { changesSincePublished } from './publish-draft';
import { validatedContent } from './validated-content';

export interface RestoreVersionOptions {
  note?: string;
  actor: Actor;
  now: Date;
  /** When given, the draft must still have this ETag: a restore overwrites the draft. */
  ifMatch?: string;
}

export async function restoreVersion(
  db: D1Database,
  tenantId: string,
  version: number,
  { note, actor, now, ifMatch }: RestoreVersionOptions,
): Promise<PublishedVersion> {
  // Also answers 404 tenant_not_found before version_not_found for an unknown tenant.
  const draft = await loadDraft(db, tenantId);
  if (ifMatch !== undefined) assertDraftMatches(ifMatch, draft);
  const stored = await findVersion(db, tenantId, version);
  if (!stored) throw new ApiError('version_not_found');

  const content = validatedContent(JSON.parse(stored.contentJson));
  const contentJson = JSON.stringify(content);
  const etag = newDraftEtag();
  const summary = await changesSincePublished(db, tenantId, content);
  const at = now.toISOString();

  return publishVersion(db, content, {
    by: actor.label,
    note: note ?? `Versie ${version} teruggezet`,
    now,
    alongside: (published) => [
      upsertDraft(db, { tenantId, contentJson, etag, updatedAt: at, updatedBy: actor.label }),
      appendAuditEntry(db, {
        tenantId,
        at,
        who: actor.label,
        action: 'restore',
        summary: `Versie ${version} teruggezet als versie ${published.version}: ${summary}`,
        note: note ?? null,
      }),
    ],
  });
}
