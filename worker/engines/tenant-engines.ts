/**
 * The engine that answers for a tenant's published version. A miss loads the stored bundle and
 * its serialised index: a request never builds an index.
 */
import { engineFromBundle } from '../../core/bundle/engine-from-bundle';
import type { Bundle } from '../../core/bundle/bundle';
import type { Engine } from '../../core/routing/engine';
import type { PublishedVersion } from '../storage/versions';
import { findBundleJson } from '../storage/versions';
import { createEngineCache } from './engine-cache';

const engines = createEngineCache();

async function loadEngine(db: D1Database, { tenantId, version }: PublishedVersion): Promise<Engine> {
  const bundleJson = await findBundleJson(db, tenantId, version);
  if (bundleJson === null) throw new Error(`No bundle stored for ${tenantId}@${version}`);
  // Written by publishVersion from compileBundle's output, so it has the Bundle shape.
  return engineFromBundle(JSON.parse(bundleJson) as Bundle);
}

export function tenantEngine(db: D1Database, published: PublishedVersion): Promise<Engine> {
  return engines.get(published.tenantId, published.version, () => loadEngine(db, published));
}
