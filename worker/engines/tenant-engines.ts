/**
 * The engine that answers for a tenant's published version. A miss loads the version's binary
 * routing bundle (core/bundle/routing-bundle-bytes.ts) from the version cache and routes on
 * views of those very bytes; only the first miss per version makes them, from the stored
 * bundle. A request never builds an index (unless the stored bundle's index is from an older
 * engine: then the first miss does, once per version).
 *
 * An engine parses its tenant's whole content only when `tenantContent` asks for it (writes that
 * reduce free text with the tenant's words, the admin's figures); from then on the budget counts
 * the engine for that too.
 */
import type { Bundle } from '../../core/bundle/bundle';
import type { Content } from '../../core/content/schema';
import { encodeRoutingBundle, engineFromRoutingBytes } from '../../core/bundle/routing-bundle-bytes';
import type { Engine } from '../../core/routing/engine';
import { cachedVersionBytes, type VersionCacheOptions } from '../storage/version-cache';
import type { PublishedVersion } from '../storage/versions';
import { loadBundleJson } from './bundle-cache';
import { estimatedEngineBytes, MAX_ENGINE_BYTES } from './engine-budget';
import { createEngineCache } from './engine-cache';

/** The size of the routing bytes each loaded engine routes on. */
const routingBytesOf = new WeakMap<Engine, number>();
/** Engines whose whole content has been read: they weigh more. */
const contentRead = new WeakSet<Engine>();
const engines = createEngineCache({
  maxEntries: 1024,
  maxBytes: MAX_ENGINE_BYTES,
  weigh: (engine) => estimatedEngineBytes(routingBytesOf.get(engine) ?? 0, contentRead.has(engine)),
});

/** The routing bytes of the version, made from its stored bundle (JSON, written by publishVersion from compileBundle's output). */
async function routingBytesFromBundle(db: D1Database, published: PublishedVersion): Promise<ArrayBuffer | null> {
  const bundleJson = await loadBundleJson(db, published);
  return bundleJson === null ? null : encodeRoutingBundle(JSON.parse(bundleJson) as Bundle);
}

async function loadEngine(db: D1Database, published: PublishedVersion, options: VersionCacheOptions): Promise<Engine> {
  const { tenantId, version } = published;
  const noBundle = () => new Error(`No bundle stored for ${tenantId}@${version}`);
  const bytes = await cachedVersionBytes('routing-bytes', published, () => routingBytesFromBundle(db, published), options);
  if (bytes === null) throw noBundle();
  let engine = engineFromRoutingBytes(bytes);
  let weight = bytes.byteLength;
  if (engine === null) {
    // Bytes cached by a worker of another format or analysis version: made again, not kept.
    const fresh = await routingBytesFromBundle(db, published);
    engine = fresh === null ? null : engineFromRoutingBytes(fresh);
    if (fresh === null || engine === null) throw noBundle();
    weight = fresh.byteLength;
  }
  routingBytesOf.set(engine, weight);
  return engine;
}

// The ETag is in the key, as in the Cache API's: a local database that was reset may reuse a version number.
const keyOf = (published: PublishedVersion) => `${published.tenantId}@${published.version}#${published.etag}`;

export function tenantEngine(db: D1Database, published: PublishedVersion, options: VersionCacheOptions = {}): Promise<Engine> {
  return engines.get(keyOf(published), () => loadEngine(db, published, options));
}

/**
 * The whole published content (its topics without keywords), from the version's engine: parsed
 * on the first call per loaded engine, which from then on is weighed with it.
 */
export async function tenantContent(db: D1Database, published: PublishedVersion, options: VersionCacheOptions = {}): Promise<Content> {
  const engine = await tenantEngine(db, published, options);
  const content = engine.content;
  if (!contentRead.has(engine)) {
    contentRead.add(engine);
    engines.reweigh(keyOf(published));
  }
  return content;
}
