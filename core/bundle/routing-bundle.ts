import { buildSerialisedTopicIndex } from '../routing/build-topic-index';
import { ANALYSIS_VERSION } from '../routing/search-index';
import type { Bundle } from './bundle';
import { hasCurrentIndex } from './load-bundle-engine';

/**
 * The part of a bundle that routing needs, for a server that keeps the engines of hundreds of
 * tenants loaded. The topics' keywords are two thirds of a loaded tenant's content (0.23 of
 * 0.35 MB of heap for 300 topics, `npm run bench`), and the index already holds what routing
 * reads from them, so they are left out. Everything else stays: the figures and the referral
 * checks read the counters, topics, desks, categories and settings from the same engine.
 *
 * The index is always current: a bundle compiled by an older engine gets its index rebuilt
 * here, from the full content, once per version.
 */
export function routingBundle(bundle: Bundle): Bundle {
  return {
    ...bundle,
    content: { ...bundle.content, topics: bundle.content.topics.map((topic) => ({ ...topic, keywords: [] })) },
    index: hasCurrentIndex(bundle) ? bundle.index : buildSerialisedTopicIndex(bundle.content),
    engineVersion: ANALYSIS_VERSION,
  };
}
