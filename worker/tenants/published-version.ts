/**
 * The version a tenant serves now, as the public reads (`/route`, `/bundle`) ask for it on every
 * request. Remembered for a few seconds per isolate; `publishVersion` forgets it, so a publish
 * takes effect at once in the isolate that published and within `PUBLISHED_VERSION_TTL_MS` in
 * every other one (the bundle's own Cache-Control allows a minute).
 */
import { findPublishedVersion, type PublishedVersion } from '../storage/versions';
import { createRecentLookups } from './recent-lookups';

export const PUBLISHED_VERSION_TTL_MS = 5_000;

const recent = createRecentLookups<PublishedVersion | null>({ ttlMs: PUBLISHED_VERSION_TTL_MS });

export function currentPublishedVersion(db: D1Database, tenantId: string): Promise<PublishedVersion | null> {
  return recent.get(tenantId, () => findPublishedVersion(db, tenantId));
}

/** Called on publish: the next request reads the new version from D1. */
export function forgetPublishedVersion(tenantId: string): void {
  recent.forget(tenantId);
}

/** Every tenant's version is read from D1 again: the database itself was replaced (the worker tests empty it). */
export function forgetAllPublishedVersions(): void {
  recent.clear();
}
