/**
 * The engine that answers for a tenant's published version. A miss loads the version's routing
 * bundle (core/bundle/routing-bundle.ts) from the version cache; only the first miss per version
 * makes it, from the stored bundle. A request never builds an index.
 */
import type { Bundle } from '../../core/bundle/bundle';
import { engineFromBundle } from '../../core/bundle/engine-from-bundle';
import { routingBundle } from '../../core/bundle/routing-bundle';
import type { Engine } from '../../core/routing/engine';
import { cachedVersionText } from '../storage/version-cache';
import type { PublishedVersion } from '../storage/versions';
import { loadBundleJson } from './bundle-cache';
import { HEAP_BYTES_PER_BUNDLE_CHAR, MAX_ENGINE_BYTES } from './engine-budget';
import { createEngineCache } from './engine-cache';

const estimatedBytes = new WeakMap<Engine, number>();
const engines = createEngineCache({ maxEntries: 512, maxBytes: MAX_ENGINE_BYTES, weigh: (engine) => estimatedBytes.get(engine) ?? 0 });

async function loadEngine(db: D1Database, published: PublishedVersion): Promise<Engine> {
  const { tenantId, version } = published;
  const routing = await cachedVersionText('routing', published, async () => {
    const bundleJson = await loadBundleJson(db, published);
    // Written by publishVersion from compileBundle's output, so it has the Bundle shape.
    return bundleJson === null ? null : { text: JSON.stringify(routingBundle(JSON.parse(bundleJson) as Bundle)) };
  });
  if (routing === null) throw new Error(`No bundle stored for ${tenantId}@${version}`);
  const bundleJson = routing.text;
  // Made by routingBundle above, so it has the Bundle shape.
  const engine = engineFromBundle(JSON.parse(bundleJson) as Bundle);
  estimatedBytes.set(engine, bundleJson.length * HEAP_BYTES_PER_BUNDLE_CHAR);
  return engine;
}

export function tenantEngine(db: D1Database, published: PublishedVersion): Promise<Engine> {
  return engines.get(published.tenantId, published.version, () => loadEngine(db, published));
}
