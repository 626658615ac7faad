/**
 * A published version's directory as HSDS JSON: derived once per version and kept in the version
 * cache, for the whole export (`…/hsds`) and the HSDS API (`…/hsds/…`) alike.
 */
import type { Content } from '../../core/content/schema';
import { toHsds, type HsdsDirectory } from '../../core/io/hsds';
import { HsdsRecords } from '../../core/io/hsds-api';
import { strongEtag } from '../http/etag';
import { cachedVersionText, versionCacheKey } from './version-cache';
import { findVersion, type PublishedVersion } from './versions';

/** Parsed directories kept per isolate: a handful of tenants are busy at a time. */
const MAX_PARSED = 16;
const parsed = new Map<string, HsdsRecords>();

/** The version's directory as HSDS JSON with its ETag. */
export async function loadHsdsExport(db: D1Database, published: PublishedVersion): Promise<{ json: string; etag: string }> {
  const hsds = await cachedVersionText('hsds', published, async () => {
    const stored = await findVersion(db, published.tenantId, published.version);
    if (!stored) return null;
    // Written by publishVersion after parseContent, so it has the Content shape.
    const text = JSON.stringify(toHsds(JSON.parse(stored.contentJson) as Content));
    return { text, etag: await strongEtag(text) };
  });
  // Versions are never deleted, so the row that currentPublishedVersion found is still there.
  if (!hsds) throw new Error(`Version ${published.tenantId}@${published.version} vanished`);
  // The ETag is kept with the text; hashing again is only for a copy that somehow lost its header.
  return { json: hsds.text, etag: hsds.etag ?? (await strongEtag(hsds.text)) };
}

/** The version's directory ready for the HSDS API's lists and lookups. */
export async function loadHsdsRecords(db: D1Database, published: PublishedVersion): Promise<HsdsRecords> {
  const key = versionCacheKey('hsds', published);
  const hit = parsed.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    parsed.delete(key);
    parsed.set(key, hit);
    return hit;
  }
  const { json } = await loadHsdsExport(db, published);
  const records = new HsdsRecords(JSON.parse(json) as HsdsDirectory);
  parsed.set(key, records);
  if (parsed.size > MAX_PARSED) parsed.delete(parsed.keys().next().value as string);
  return records;
}
