/**
 * Published bundle text by tenant and version, kept in the version cache, so a hot bundle or
 * engine load does not read the large row from D1.
 */
import { cachedVersionText, type VersionCacheOptions } from '../storage/version-cache';
import { findBundleJson, type PublishedVersion } from '../storage/versions';

export type BundleCacheOptions = VersionCacheOptions;

/** The stored bundle text of the published version, or null when no such version exists. */
export async function loadBundleJson(
  db: D1Database,
  published: PublishedVersion,
  options: BundleCacheOptions = {},
): Promise<string | null> {
  const { tenantId, version } = published;
  const bundle = await cachedVersionText(
    'bundle',
    published,
    async () => {
      const text = await findBundleJson(db, tenantId, version);
      // No ETag kept: the version's own is the bundle's (publishVersion hashed this text).
      return text === null ? null : { text };
    },
    options,
  );
  return bundle?.text ?? null;
}
