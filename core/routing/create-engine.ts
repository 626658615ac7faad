import type { Content } from '../content/schema';
import { buildTopicIndex } from './build-topic-index';
import { createEngineWithIndex, type Engine } from './engine';

/** An engine for content without a ready index (a draft, or a bundle an older engine compiled): indexes it first. */
export function createEngine(content: Content): Engine {
  return createEngineWithIndex(content, buildTopicIndex(content));
}
