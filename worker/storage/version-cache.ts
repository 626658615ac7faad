/**
 * Text or bytes derived from one published version (its bundle, its HSDS export, its binary
 * routing bundle, its gzipped compact bundle),
 * through the Workers Cache API: a version never changes, so a cached copy never goes stale,
 * and a hot read neither loads the large row from D1 nor derives the text again. Publishing
 * makes requests ask for a new key.
 */
import { COMPACT_BUNDLE_FORMAT } from '../../core/bundle/compact-bundle-decode';
import { ROUTING_BYTES_FORMAT } from '../../core/bundle/routing-bundle-bytes';
import { ANALYSIS_VERSION } from '../../core/routing/search-index';
import type { PublishedVersion } from './versions';

/** What is kept per version; each kind has its own key. */
export type VersionCacheKind = 'bundle' | 'routing-bytes' | 'compact-bundle' | 'hsds';

export interface VersionText {
  text: string;
  /** The text's own validator, when it has one, kept with it so that a hit does not hash again. */
  etag?: string;
}

export interface VersionCacheOptions {
  /** The Cache API's default cache by default; null for none. */
  cache?: Cache | null;
}

const CACHE_ORIGIN = 'https://version-cache.internal';
/** Immutable content; the cache may still drop it at any time, then `compute` answers. */
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * What else the cached bytes of a kind depend on. Binary routing bundles and compact bundles follow their format
 * and the analysis that built their index: after a deploy that changes either, the cached bytes
 * (kept for a year) would be refused on every engine load and made again without being kept.
 */
const KIND_VARIANT: Record<VersionCacheKind, string> = {
  bundle: '',
  hsds: '',
  'routing-bytes': `&format=${ROUTING_BYTES_FORMAT}.${ANALYSIS_VERSION}`,
  'compact-bundle': `&format=${COMPACT_BUNDLE_FORMAT}.${ANALYSIS_VERSION}`,
};

/** The version's ETag is in the key too: a local database that was reset may reuse a version number. */
export function versionCacheKey(kind: VersionCacheKind, { tenantId, version, etag }: PublishedVersion): string {
  return `${CACHE_ORIGIN}/${kind}/${encodeURIComponent(tenantId)}/${version}?etag=${encodeURIComponent(etag)}${KIND_VARIANT[kind]}`;
}

/** Where there is no Cache API (Node scripts), every read computes. */
function defaultCache(): Cache | null {
  return typeof caches === 'undefined' ? null : caches.default;
}

/**
 * The cached `kind` text of the published version, or what `compute` makes of it, which is then
 * kept. `compute` answers null when the version does not exist; nothing is kept then.
 */
export function cachedVersionText(
  kind: VersionCacheKind,
  published: PublishedVersion,
  compute: () => Promise<VersionText | null>,
  options: VersionCacheOptions = {},
): Promise<VersionText | null> {
  return cachedVersion(kind, published, compute, options, {
    read: async (hit) => ({ text: await hit.text(), etag: hit.headers.get('ETag') ?? undefined }),
    body: ({ text }) => text,
    headers: ({ etag }) => ({ 'Content-Type': 'application/json; charset=utf-8', ...(etag === undefined ? {} : { ETag: etag }) }),
  });
}

/** As cachedVersionText, for bytes: a hit is the cached body's ArrayBuffer, used as it is. */
export function cachedVersionBytes(
  kind: VersionCacheKind,
  published: PublishedVersion,
  compute: () => Promise<ArrayBuffer | null>,
  options: VersionCacheOptions = {},
): Promise<ArrayBuffer | null> {
  return cachedVersion(kind, published, compute, options, {
    read: (hit) => hit.arrayBuffer(),
    body: (bytes) => bytes,
    headers: () => ({ 'Content-Type': 'application/octet-stream' }),
  });
}

interface CachedForm<T> {
  read: (hit: Response) => Promise<T>;
  body: (value: T) => BodyInit;
  headers: (value: T) => Record<string, string>;
}

async function cachedVersion<T>(
  kind: VersionCacheKind,
  published: PublishedVersion,
  compute: () => Promise<T | null>,
  { cache = defaultCache() }: VersionCacheOptions,
  form: CachedForm<T>,
): Promise<T | null> {
  const key = versionCacheKey(kind, published);
  const hit = await cache?.match(key);
  if (hit) return form.read(hit);

  const computed = await compute();
  if (computed !== null && cache) {
    const headers = new Headers({ ...form.headers(computed), 'Cache-Control': CACHE_CONTROL });
    await cache
      // A copy of the bytes goes to the cache: the caller keeps using its own.
      .put(key, new Response(form.body(computed), { headers }))
      // A failed copy costs one more computation next time, nothing more.
      .catch(() => undefined);
  }
  return computed;
}
