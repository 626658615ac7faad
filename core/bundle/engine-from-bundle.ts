import { createEngine, createEngineWithIndex, type Engine } from '../routing/engine';
import { loadTopicIndex, type SerialisedTopicIndex } from '../routing/search-index';
import type { Bundle } from './bundle';

/** Loads the serialised index when the bundle has one; rebuilds only when it has none. */
export function engineFromBundle(bundle: Bundle): Engine {
  if (!isSerialisedTopicIndex(bundle.index)) return createEngine(bundle.content);
  return createEngineWithIndex(bundle.content, loadTopicIndex(bundle.index));
}

/** The bundle arrives as JSON: check the shape MiniSearch needs before trusting it. */
function isSerialisedTopicIndex(value: unknown): value is SerialisedTopicIndex {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof SerialisedTopicIndex, unknown>>;
  return typeof candidate.documentCount === 'number' && Array.isArray(candidate.index) && typeof candidate.serializationVersion === 'number';
}
