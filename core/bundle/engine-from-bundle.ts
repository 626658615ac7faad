import { createEngine } from '../routing/create-engine';
import type { Engine } from '../routing/engine';
import type { Bundle } from './bundle';
import { loadBundleEngine } from './load-bundle-engine';

/**
 * Loads the serialised index when the bundle has one that this engine's analysis built;
 * rebuilds it from the content when it has none, or one from another engine version (a
 * bundle compiled before a deploy that changed the analysis).
 */
export function engineFromBundle(bundle: Bundle): Engine {
  return loadBundleEngine(bundle) ?? createEngine(bundle.content);
}
