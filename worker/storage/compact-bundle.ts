/**
 * The widget's compact bundle of a published version (core/bundle/compact-bundle.ts), gzipped
 * once and kept in the version cache: a request serves those bytes as they are.
 */
import type { Bundle } from '../../core/bundle/bundle';
import { COMPACT_BUNDLE_FORMAT } from '../../core/bundle/compact-bundle-decode';
import { encodeCompactBundle } from '../../core/bundle/compact-bundle';
import { ANALYSIS_VERSION } from '../../core/routing/search-index';
import { loadBundleJson } from '../engines/bundle-cache';
import { gzip } from '../http/gzip';
import { cachedVersionBytes, type VersionCacheOptions } from './version-cache';
import type { PublishedVersion } from './versions';

/**
 * The compact bundle's strong ETag, without reading it: the version's own (a hash of its bundle)
 * with the compact format and analysis version, which are all its bytes depend on. A deploy that
 * changes either changes the tag, and the JSON bundle's tag is never the compact one's.
 */
export function compactBundleEtag({ etag }: PublishedVersion): string {
  return `"compact-${COMPACT_BUNDLE_FORMAT}.${ANALYSIS_VERSION}-${etag.replace(/^"|"$/g, '')}"`;
}

/** The gzipped compact bundle of the published version, or null when no such version exists. */
export function loadCompactBundleGzip(
  db: D1Database,
  published: PublishedVersion,
  options: VersionCacheOptions = {},
): Promise<ArrayBuffer | null> {
  return cachedVersionBytes(
    'compact-bundle',
    published,
    async () => {
      const text = await loadBundleJson(db, published, options);
      if (text === null) return null;
      const gzipped = await gzip(encodeCompactBundle(JSON.parse(text) as Bundle));
      return gzipped.buffer;
    },
    options,
  );
}
