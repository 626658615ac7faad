import { createEngine, createEngineWithIndex, type Engine } from '../routing/engine';
import { ANALYSIS_VERSION, loadTopicIndex, type SerialisedTopicIndex } from '../routing/search-index';
import type { Bundle } from './bundle';

/**
 * Loads the serialised index when the bundle has one that this engine's analysis built;
 * rebuilds it from the content when it has none, or one from another engine version (a
 * bundle compiled before a deploy that changed the analysis).
 */
export function engineFromBundle(bundle: Bundle): Engine {
  if (bundle.engineVersion !== ANALYSIS_VERSION || !isSerialisedTopicIndex(bundle.index)) return createEngine(bundle.content);
  return createEngineWithIndex(bundle.content, loadTopicIndex(bundle.index));
}

/** The bundle arrives as JSON: check the shape MiniSearch needs before trusting it. */
function isSerialisedTopicIndex(value: unknown): value is SerialisedTopicIndex {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof SerialisedTopicIndex, unknown>>;
  return typeof candidate.documentCount === 'number' && Array.isArray(candidate.index) && typeof candidate.serializationVersion === 'number';
}
