/**
 * The engine that answers for a tenant's published version. A miss loads the stored bundle (from
 * the Cache API when it has a copy, from D1 otherwise) and its serialised index: a request never
 * builds an index.
 */
import { engineFromBundle } from '../../core/bundle/engine-from-bundle';
import type { Bundle } from '../../core/bundle/bundle';
import type { Engine } from '../../core/routing/engine';
import type { PublishedVersion } from '../storage/versions';
import { loadBundleJson } from './bundle-cache';
import { createEngineCache } from './engine-cache';

/**
 * Heap bytes of a loaded engine per character of its bundle JSON, measured by `npm run bench`
 * (bench/engine-memory.ts) on synthetic 300-topic tenants, rounded up.
 */
export const HEAP_BYTES_PER_BUNDLE_CHAR = 6;
/** Loaded engines may take this much of the isolate's 128 MB; the rest is for requests. */
export const MAX_ENGINE_BYTES = 40 * 1024 * 1024;

const estimatedBytes = new WeakMap<Engine, number>();
const engines = createEngineCache({ maxEntries: 512, maxBytes: MAX_ENGINE_BYTES, weigh: (engine) => estimatedBytes.get(engine) ?? 0 });

async function loadEngine(db: D1Database, published: PublishedVersion): Promise<Engine> {
  const { tenantId, version } = published;
  const bundleJson = await loadBundleJson(db, published);
  if (bundleJson === null) throw new Error(`No bundle stored for ${tenantId}@${version}`);
  // Written by publishVersion from compileBundle's output, so it has the Bundle shape.
  const engine = engineFromBundle(JSON.parse(bundleJson) as Bundle);
  estimatedBytes.set(engine, bundleJson.length * HEAP_BYTES_PER_BUNDLE_CHAR);
  return engine;
}

export function tenantEngine(db: D1Database, published: PublishedVersion): Promise<Engine> {
  return engines.get(published.tenantId, published.version, () => loadEngine(db, published));
}
