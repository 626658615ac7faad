/**
 * Published bundle text by tenant and version, through the Workers Cache API: a version never
 * changes, so a cached copy never goes stale, and a hot bundle or engine load does not read the
 * large row from D1. Publishing makes requests ask for a new key.
 */
import { findBundleJson, type PublishedVersion } from '../storage/versions';

const CACHE_ORIGIN = 'https://bundle-cache.internal';
/** Immutable content; the cache may still drop it at any time, then D1 answers. */
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The ETag is in the key too: a local database that was reset may reuse a version number. */
function bundleCacheKey({ tenantId, version, etag }: PublishedVersion): string {
  return `${CACHE_ORIGIN}/${encodeURIComponent(tenantId)}/${version}?etag=${encodeURIComponent(etag)}`;
}

/** Where there is no Cache API (Node scripts), the bundle comes from D1 alone. */
function defaultCache(): Cache | null {
  return typeof caches === 'undefined' ? null : caches.default;
}

export interface BundleCacheOptions {
  /** The Cache API's default cache by default; null for none. */
  cache?: Cache | null;
}

/** The stored bundle text of the published version, or null when no such version exists. */
export async function loadBundleJson(
  db: D1Database,
  published: PublishedVersion,
  { cache = defaultCache() }: BundleCacheOptions = {},
): Promise<string | null> {
  const { tenantId, version } = published;
  const key = bundleCacheKey(published);
  const hit = await cache?.match(key);
  if (hit) return hit.text();

  const bundleJson = await findBundleJson(db, tenantId, version);
  if (bundleJson !== null && cache) {
    await cache
      .put(key, new Response(bundleJson, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_CONTROL } }))
      // A failed copy costs a D1 read next time, nothing more.
      .catch(() => undefined);
  }
  return bundleJson;
}
