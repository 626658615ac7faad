/**
 * A search's hits (core/routing/search-postings.ts) as objects, one per topic, in the shape of
 * MiniSearch's results, so the tests can hold them against MiniSearch itself. Routing reads the
 * hits in place and never makes these.
 */
import {
  fieldNameLists,
  hitExactFields,
  hitMatched,
  hitNamed,
  hitScore,
  hitTopic,
  queryMatchedTopics,
  queryNamedTopics,
  searchPostingHits,
  type PostingSearchOptions,
  type TermQuery,
} from '../../../../core/routing/search-postings';
import type { TopicPostings } from '../../../../core/routing/topic-postings';

export interface TopicMatch {
  /** The topic's number in the index: its position in `documentIds`. */
  topic: number;
  score: number;
  /** The query terms this topic matched in any way, in query order. */
  queryTerms: string[];
  /** Per entry of `queryTerms`, the fields in which the topic has that very term (empty for a typo or prefix match only). */
  exactFields: (readonly string[])[];
  /** Per entry of `queryTerms`, whether the topic has that very term in one of `namingFields`. */
  named: boolean[];
}

export interface PostingMatches {
  /** The best topics first; topics with equal scores in the order they were first matched. */
  matches: TopicMatch[];
  /** Per query (in the order given): in how many topics it matched anything. */
  matchedTopics: number[];
  /** Per query: in how many topics it matched exactly in one of `namingFields`. */
  namedTopics: number[];
}

export function postingMatches(index: TopicPostings, queries: readonly TermQuery[], options: PostingSearchOptions): PostingMatches {
  const count = searchPostingHits(index, queries, options);
  const fieldNames = fieldNameLists(index.fields);
  const matches = Array.from({ length: count }, (_, hit): TopicMatch => {
    const queryTerms: string[] = [];
    const exactFields: (readonly string[])[] = [];
    const named: boolean[] = [];
    for (let q = 0; q < queries.length; q++) {
      if (!hitMatched(hit, q)) continue;
      queryTerms.push(queries[q]!.term);
      exactFields.push(fieldNames[hitExactFields(hit, q)] ?? []);
      named.push(hitNamed(hit, q));
    }
    return { topic: hitTopic(hit), score: hitScore(hit), queryTerms, exactFields, named };
  });
  const perQuery = (count: (q: number) => number) => Array.from({ length: queries.length }, (_, q) => count(q));
  return { matches, matchedTopics: perQuery(queryMatchedTopics), namedTopics: perQuery(queryNamedTopics) };
}
