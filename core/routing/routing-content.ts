/**
 * What an engine reads of a tenant's content when it is made and when it routes: the tenant's
 * name, the counters' ids, names and kinds, the recognition cues' counters, the settings, the
 * ids the worker checks writes against, and the topics as a TopicTable. A binary routing bundle
 * keeps this part apart from the rest of the content (core/bundle/routing-bundle-bytes.ts), so
 * that the worker's engines never hold the whole content unless a request needs it.
 */
import type { Content, Counter, RecognitionCue } from '../content/schema';
import type { TenantSettings } from '../content/allowed-origin';
import { topicTableOf, type TopicTable } from './topic-table';

export interface RoutingContent {
  tenantName: string;
  counters: readonly Pick<Counter, 'id' | 'name' | 'kind'>[];
  recognitionCues: readonly Pick<RecognitionCue, 'id' | 'suggests'>[];
  settings: TenantSettings | undefined;
  sourceDeskIds: readonly string[];
  signalCategoryIds: readonly string[];
  topics: TopicTable;
}

/**
 * Everything of the routing part but the topics, with only the fields it names: what a binary
 * routing bundle stores (core/bundle/routing-bundle-bytes.ts) and what an engine over content in
 * memory reads.
 */
export function routingPartOf(content: Omit<Content, 'topics'>): Omit<RoutingContent, 'topics'> {
  return {
    tenantName: content.tenant.name,
    counters: content.counters.map(({ id, name, kind }) => ({ id, name, kind })),
    recognitionCues: content.recognitionCues.map(({ id, suggests }) => ({ id, suggests })),
    settings: content.settings,
    sourceDeskIds: content.sourceDesks.map((desk) => desk.id),
    signalCategoryIds: content.signalCategories.map((category) => category.id),
  };
}

/** The routing part of content in memory; `documentIds` are the index's, which set the topics' numbers. */
export function routingContentOf(content: Content, documentIds: readonly string[]): RoutingContent {
  return { ...routingPartOf(content), topics: topicTableOf(content.topics, documentIds) };
}
