/**
 * The topics as the engine reads them: by number, the number a topic has in the index (its
 * document number), so that routing needs no map from topic ids. Two kinds: over the topics of
 * a Content in memory (the widget, the admin, a draft: below), and over a binary routing bundle,
 * which reads a topic's strings from the bytes only when a route uses that topic
 * (core/bundle/binary-topic-table.ts). The engine gives the same answers over either.
 */
import type { Lang, Topic } from '../content/schema';

export interface TopicTable {
  /** Topics 0 … count - 1: the index's documents first, in their order, then any topic the index lacks. */
  readonly count: number;
  /** How many of the topics are documents of the index (and can be found by a search). */
  readonly documentCount: number;
  /** The number of the topic with this id, or -1. */
  numberOf: (id: string) => number;
  /** Whether topic `topic` exists: a document of an index whose topic is not in the content does not. */
  has: (topic: number) => boolean;
  id: (topic: number) => string;
  title: (topic: number, lang: Lang) => string;
  domain: (topic: number) => string;
  counter: (topic: number) => string;
  digitalHelp: (topic: number) => string | undefined;
  /** The topic that covers this national product (its `uplUris`), or -1. */
  coveringTopic: (uri: string) => number;
}

/**
 * The table over topics in memory, in the order of the index's `documentIds` (the topics' own
 * order when compileBundle or buildTopicIndex made the index), then any topic the index lacks.
 */
export function topicTableOf(topics: readonly Topic[], documentIds: readonly string[]): TopicTable {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const indexed = new Set(documentIds);
  const ordered = [...documentIds.map((id) => byId.get(id)), ...topics.filter((topic) => !indexed.has(topic.id))];
  // As `new Map(entries)` keeps the last of equal keys, so do these.
  const numberById = new Map<string, number>();
  ordered.forEach((topic, at) => topic !== undefined && numberById.set(topic.id, at));
  let byUri: Map<string, number> | undefined;
  const topic = (at: number) => ordered[at]!;
  return {
    count: ordered.length,
    documentCount: documentIds.length,
    numberOf: (id) => numberById.get(id) ?? -1,
    has: (at) => ordered[at] !== undefined,
    id: (at) => topic(at).id,
    title: (at, lang) => topic(at).title[lang],
    domain: (at) => topic(at).domain,
    counter: (at) => topic(at).counter,
    digitalHelp: (at) => topic(at).digitalHelp,
    coveringTopic(uri) {
      byUri ??= new Map(ordered.flatMap((item, at) => (item?.uplUris ?? []).map((covered) => [covered, at] as const)));
      return byUri.get(uri) ?? -1;
    },
  };
}
