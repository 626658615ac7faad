/**
 * Publishing: turns validated content into the tenant's next immutable version. The seed script
 * and the admin's publish and restore endpoints all call this one function.
 */
import { compileBundle } from '../../core/bundle/compile-bundle';
import type { Content } from '../../core/content/schema';
import { ApiError } from '../errors/api-error';
import { strongEtag } from '../http/etag';
import { forgetPublishedVersion } from '../tenants/published-version';
import { pointTenantAt, upsertTenant } from './tenants';
import { insertVersion, nextVersionNumber, type PublishedVersion } from './versions';

export interface PublishOptions {
  /** Who published: an admin's name or a script's, for the audit trail. */
  by: string;
  note?: string;
  now: Date;
  /**
   * Statements that must commit with the version or not at all: the audit entry, a draft reset.
   * They get the version being published, so they can name it.
   */
  alongside?: (published: PublishedVersion) => D1PreparedStatement[];
}

export interface PublishStatementsOptions {
  version: number;
  publishedAt: string;
  by: string;
  note?: string;
}

/**
 * The statements that publish `content` as `version`, prepared on `db` but not run: `publishVersion`
 * batches them, `scripts/tenant-sql.ts` prints them. Compiles the bundle, so no request ever
 * builds an index.
 */
export async function publishStatements(
  db: D1Database,
  content: Content,
  { version, publishedAt, by, note }: PublishStatementsOptions,
): Promise<{ published: PublishedVersion; statements: D1PreparedStatement[] }> {
  const tenantId = content.tenant.id;
  const bundleJson = JSON.stringify(compileBundle(content, { version, publishedAt }));
  const published: PublishedVersion = { tenantId, version, etag: await strongEtag(bundleJson), publishedAt };
  const statements = [
    upsertTenant(db, content.tenant, publishedAt),
    insertVersion(db, { ...published, contentJson: JSON.stringify(content), bundleJson, publishedBy: by, note: note ?? null }),
    pointTenantAt(db, tenantId, version),
  ];
  return { published, statements };
}

/**
 * Takes content that already passed `parseContent`: this function validates nothing.
 * Two publishes racing for the same version number collide on the primary key: the loser's
 * batch rolls back as a whole and answers 409 publish_conflict instead of a 500.
 */
export async function publishVersion(
  db: D1Database,
  content: Content,
  { by, note, now, alongside }: PublishOptions,
): Promise<PublishedVersion> {
  const tenantId = content.tenant.id;
  const version = await nextVersionNumber(db, tenantId);
  const { published, statements } = await publishStatements(db, content, { version, publishedAt: now.toISOString(), by, note });

  try {
    await db.batch([...statements, ...(alongside?.(published) ?? [])]);
  } catch (error) {
    // Judged by the state, not by the driver's message: was our number taken meanwhile?
    if ((await nextVersionNumber(db, tenantId)) !== version) throw new ApiError('publish_conflict', { cause: error });
    throw error;
  } finally {
    // Also after a failure: someone else's publish may have won the race.
    forgetPublishedVersion(tenantId);
  }
  return published;
}
