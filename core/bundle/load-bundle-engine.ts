import { createEngineWithIndex, type Engine } from '../routing/engine';
import { ANALYSIS_VERSION } from '../routing/search-index';
import { isSerialisedTopicIndex, loadTopicIndex, type SerialisedTopicIndex } from '../routing/serialised-topic-index';
import type { Bundle } from './bundle';

/**
 * The engine from the bundle's serialised index, or null when the bundle has none that this
 * engine's analysis built (one compiled before a deploy that changed the analysis). Needs no
 * indexing code, so the widget loads that only for such a bundle (engine-from-bundle.ts).
 */
export function loadBundleEngine(bundle: Bundle): Engine | null {
  return hasCurrentIndex(bundle) ? createEngineWithIndex(bundle.content, loadTopicIndex(bundle.index)) : null;
}

/** Whether the bundle carries an index that this engine's analysis built. */
export function hasCurrentIndex(bundle: Bundle): bundle is Bundle & { index: SerialisedTopicIndex } {
  return bundle.engineVersion === ANALYSIS_VERSION && isSerialisedTopicIndex(bundle.index);
}
