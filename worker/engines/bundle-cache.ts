/**
 * Published bundle text by tenant and version, through the Workers Cache API: a version never
 * changes, so a cached copy never goes stale, and a hot bundle or engine load does not read the
 * large row from D1. Publishing makes requests ask for a new key.
 */
import { findBundleJson } from '../storage/versions';

const CACHE_ORIGIN = 'https://bundle-cache.internal';
/** Immutable content; the cache may still drop it at any time, then D1 answers. */
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

function bundleCacheKey(tenantId: string, version: number): string {
  return `${CACHE_ORIGIN}/${encodeURIComponent(tenantId)}/${version}`;
}

/** Where there is no Cache API (Node scripts), the bundle comes from D1 alone. */
function defaultCache(): Cache | null {
  return typeof caches === 'undefined' ? null : caches.default;
}

export interface BundleCacheOptions {
  /** Called with the work of storing a copy, so it can outlive the response (`waitUntil`). */
  waitUntil?: (work: Promise<unknown>) => void;
  cache?: Cache | null;
}

/** The stored bundle text of `tenant@version`, or null when no such version exists. */
export async function loadBundleJson(
  db: D1Database,
  tenantId: string,
  version: number,
  { waitUntil, cache = defaultCache() }: BundleCacheOptions = {},
): Promise<string | null> {
  const key = bundleCacheKey(tenantId, version);
  const hit = await cache?.match(key);
  if (hit) return hit.text();

  const bundleJson = await findBundleJson(db, tenantId, version);
  if (bundleJson !== null && cache) {
    const storing = cache
      .put(key, new Response(bundleJson, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_CONTROL } }))
      // A failed copy costs a D1 read next time, nothing more.
      .catch(() => undefined);
    if (waitUntil) waitUntil(storing);
    else await storing;
  }
  return bundleJson;
}
