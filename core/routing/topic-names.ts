/**
 * The terms that on their own name a topic: those of its keywords of one word. "Parkeren" in
 * "parkeren bij mijn huis" does not name the parking permit, nor "kosten" in a title. Worked
 * out when the index is built (build-topic-index.ts) and stored with it, so that a loaded engine
 * needs no keywords.
 */
import { findTerm, smallestUintArray, type TopicPostings, type UintArray } from './topic-postings';

/**
 * Whether a term on its own names a topic, the topic given by its number in the index (its
 * position in `documentIds`; -1 for none): by number, so that a loaded engine keeps no map from
 * topic ids (14 KB per 300-topic engine).
 */
export type NamesTopic = (topic: number, term: string) => boolean;

/**
 * The naming terms packed as a loaded index keeps them: those of topic i are
 * `names[nameStart[i]]` up to `names[nameStart[i + 1]]`, ascending.
 */
export interface PackedTopicNames {
  readonly nameStart: UintArray;
  readonly names: UintArray;
}

export function packTopicNames(nameTerms: readonly (readonly number[])[]): PackedTopicNames {
  const nameStart = new Array<number>(nameTerms.length + 1).fill(0);
  nameTerms.forEach((terms, topic) => (nameStart[topic + 1] = nameStart[topic]! + terms.length));
  return { nameStart: smallestUintArray(nameStart), names: smallestUintArray(nameTerms.flat()) };
}

export function loadTopicNames(postings: TopicPostings, { nameStart, names }: PackedTopicNames): NamesTopic {
  return (topic, term) => {
    if (!(topic >= 0 && topic < postings.documentCount) || nameStart[topic] === nameStart[topic + 1]) return false;
    const position = findTerm(postings, term);
    if (position < 0) return false;
    for (let at = nameStart[topic]!; at < nameStart[topic + 1]!; at++) if (names[at] === position) return true;
    return false;
  };
}
