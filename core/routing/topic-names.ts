/**
 * The terms that on their own name a topic: those of its keywords of one word. "Parkeren" in
 * "parkeren bij mijn huis" does not name the parking permit, nor "kosten" in a title. Worked
 * out when the index is built and stored with it, so that a loaded engine needs no keywords.
 */
import type { Topic } from '../content/schema';
import { toWords } from './normalise';
import { indexTerms } from './term-analyser';
import { findTerm, type TopicPostings } from './topic-postings';

/** Whether a term on its own names a topic. */
export type NamesTopic = (topicId: string, term: string) => boolean;

/**
 * Per topic, in the index's topic order, the positions of its naming terms in the index. A
 * term the index does not have can match nothing, so it need not be kept.
 */
export function topicNameTerms(topics: readonly Topic[], postings: Pick<TopicPostings, 'documentIds' | 'terms'>): number[][] {
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  return postings.documentIds.map((topicId) => {
    const positions = new Set<number>();
    for (const keyword of topicById.get(topicId)?.keywords ?? []) {
      const [word, ...rest] = toWords(keyword);
      if (word === undefined || rest.length > 0) continue;
      for (const term of indexTerms(word, 'both')) {
        const position = findTerm(postings, term);
        if (position >= 0) positions.add(position);
      }
    }
    return [...positions].sort((a, b) => a - b);
  });
}

export function loadTopicNames(postings: TopicPostings, nameTerms: readonly (readonly number[])[]): NamesTopic {
  const byTopic = new Map(postings.documentIds.map((topicId, topic) => [topicId, nameTerms[topic] ?? []]));
  return (topicId, term) => {
    const names = byTopic.get(topicId);
    return names !== undefined && names.length > 0 && names.includes(findTerm(postings, term));
  };
}
