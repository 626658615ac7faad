/** Publishing the draft as the tenant's next version, with its audit entry in the same batch. */
import { diffContent, type DiffableContent } from '../../core/content/diff-content';
import type { Actor } from '../auth/roles';
import { appendAuditEntry } from '../storage/audit-log';
import { publishVersion } from '../storage/publish-version';
import { findPublishedStoredVersion, type PublishedVersion } from '../storage/versions';
import { loadDraft } from './load-draft';
import { assertDraftMatches } from './save-draft';
import { validatedContent } from './validated-content';

export interface PublishDraftOptions {
  note: string;
  actor: Actor;
  now: Date;
  /** When given, the draft must still have this ETag: the admin publishes what it tested. */
  ifMatch?: string;
}

/** What changed since the published version, for the audit log. */
export async function changesSincePublished(db: D1Database, tenantId: string, next: object): Promise<string> {
  const current = await findPublishedStoredVersion(db, tenantId);
  return current ? diffContent(JSON.parse(current.contentJson) as DiffableContent, next).summary : 'Eerste versie';
}

export async function publishDraft(
  db: D1Database,
  tenantId: string,
  { note, actor, now, ifMatch }: PublishDraftOptions,
): Promise<PublishedVersion> {
  const draft = await loadDraft(db, tenantId);
  if (ifMatch !== undefined) assertDraftMatches(ifMatch, draft);
  const content = validatedContent(JSON.parse(draft.contentJson));
  const summary = await changesSincePublished(db, tenantId, content);

  return publishVersion(db, content, {
    by: actor.label,
    note,
    now,
    alongside: (published) => [
      appendAuditEntry(db, {
        tenantId,
        at: published.publishedAt,
        who: actor.label,
        action: 'publish',
        summary: `Versie ${published.version} gepubliceerd: ${summary}`,
        note,
      }),
    ],
  });
}
