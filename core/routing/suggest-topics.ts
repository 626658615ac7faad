/**
 * Search-as-you-type: every word counts as the start of a word ("paspo" finds "paspoort"),
 * because the resident or the desk is still typing it.
 */
import { FIELD_BOOST, type TopicIndex } from './search-index';
import { hitScore, hitTopic, searchPostingHits } from './search-postings';

const MIN_SUGGEST_LENGTH = 2;

export interface TopicHit {
  /** The topic's number in the index (core/routing/topic-table.ts). */
  topic: number;
  /** Relative to the best hit: 1 is the best. */
  score: number;
}

export function suggestTopics(index: TopicIndex, query: string, limit: number): TopicHit[] {
  if (query.trim().length < MIN_SUGGEST_LENGTH || limit <= 0) return [];
  const words = index.analyser.queryWords(query);
  // The word as typed as well as its stems: stemming half a word can cut off too much.
  const terms = [...new Set(words.flatMap((word) => [word.word, ...word.stems]))];
  if (terms.length === 0) return [];
  const count = searchPostingHits(
    index.postings,
    terms.map((term) => ({ term, prefix: true, maxEdits: term.length >= 5 ? 1 : 0 })),
    { fieldBoost: FIELD_BOOST, limit },
  );
  const best = count > 0 ? hitScore(0) : 0;
  if (best <= 0) return [];
  // Rounded: relative scores need no more, and they hide differences in the last bit.
  return Array.from({ length: count }, (_, hit) => ({
    topic: hitTopic(hit),
    score: Math.round((hitScore(hit) / best) * 1000) / 1000,
  }));
}
