/**
 * Search-as-you-type: every word counts as the start of a word ("paspo" finds "paspoort"),
 * because the resident or the desk is still typing it.
 */
import { FIELD_BOOST, type TopicIndex } from './search-index';

const MIN_SUGGEST_LENGTH = 2;

export interface TopicHit {
  topicId: string;
  /** Relative to the best hit: 1 is the best. */
  score: number;
}

export function suggestTopics(index: TopicIndex, query: string, limit: number): TopicHit[] {
  if (query.trim().length < MIN_SUGGEST_LENGTH || limit <= 0) return [];
  const words = index.analyser.queryWords(query);
  // The word as typed as well as its stems: stemming half a word can cut off too much.
  const terms = [...new Set(words.flatMap((word) => [word.word, ...word.stems]))];
  if (terms.length === 0) return [];
  const results = index.search.search(terms.join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boost: FIELD_BOOST,
    prefix: true,
    fuzzy: (term) => (term.length >= 5 ? 1 : false),
  });
  const best = results[0]?.score ?? 0;
  if (best <= 0) return [];
  // Rounded: a loaded index sums in another order than a fresh one, down to the last bit.
  return results
    .slice(0, limit)
    .map((result) => ({ topicId: String(result.id), score: Math.round((result.score / best) * 1000) / 1000 }));
}
