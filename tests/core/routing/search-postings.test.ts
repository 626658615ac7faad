/**
 * The search over packed postings must score and order topics as MiniSearch 7.2 does on the same
 * index, since the routing rules were tuned on MiniSearch's scores. MiniSearch itself is the
 * oracle: random small corpora, random query terms, the same options on both sides; the search's
 * hits are turned into objects of MiniSearch's shape for that (support/posting-matches.ts).
 *
 * Two things are compared loosely, on purpose. Scores within a relative 1e-9: MiniSearch adds
 * up a query term's prefix and fuzzy matches in the order of its radix tree, the search in
 * sorted term order, so the last bit can differ. And topics with equal scores may come in
 * another order, for the same reason: both sorts are stable, over different first-seen orders.
 */
import fc from 'fast-check';
import MiniSearch, { type SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  hitExactFields,
  hitMatched,
  hitMatchedQueries,
  hitNamed,
  hitScore,
  hitTopic,
  queryMatchedTopics,
  queryNamedTopics,
  searchPostingHits,
  type Bm25Parameters,
  type TermQuery,
} from '../../../core/routing/search-postings';
import { postingMatches, type TopicMatch } from './support/posting-matches';
import { postingsFromMiniSearch } from '../../../core/routing/minisearch-postings';
import { loadPostings } from '../../../core/routing/serialised-topic-index';
import type { TopicPostings } from '../../../core/routing/topic-postings';

const SEED = 20260611;
const FIELDS = ['title', 'keywords', 'body'] as const;

/**
 * Few words, so they repeat across topics, with prefixes of each other ("pas", "paspoort") and
 * words one or two edits apart ("toeslag", "toeslach", "toslag"). Random strings over three
 * letters add more of both.
 */
const VOCABULARY = [
  'pas',
  'paspoort',
  'pasport',
  'paspoorten',
  'paz',
  'toe',
  'toeslag',
  'toeslach',
  'toslag',
  'toeslagen',
  'huur',
  'huren',
  'huurder',
  'hur',
  'uur',
  'kind',
  'kinderen',
  'kid',
  'zorg',
  'borg',
  'zorgen',
];

const word = fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 }));

type TopicText = Record<string, string>;

interface SearchCase {
  fields: string[];
  topics: TopicText[];
  queries: TermQuery[];
  fieldBoost: Record<string, number>;
  bm25: Bm25Parameters | undefined;
}

const boost = fc.double({ min: 0.1, max: 4, noNaN: true });

const searchCase: fc.Arbitrary<SearchCase> = fc.integer({ min: 2, max: 3 }).chain((fieldCount) => {
  const fields = FIELDS.slice(0, fieldCount);
  const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
  return fc.record({
    fields: fc.constant([...fields]),
    topics: fc
      .array(fc.tuple(...fields.map(() => text)), { minLength: 1, maxLength: 40 })
      .map((rows) => rows.map((texts) => Object.fromEntries(fields.map((field, at) => [field, texts[at]!])))),
    queries: fc
      .uniqueArray(word, { minLength: 1, maxLength: 5 })
      .chain((terms) =>
        fc.tuple(
          ...terms.map((term) => fc.record({ term: fc.constant(term), boost, prefix: fc.boolean(), maxEdits: fc.constantFrom(0, 1, 2) })),
        ),
      ),
    // A field left out counts 1 on both sides.
    fieldBoost: fc
      .tuple(...fields.map(() => fc.option(boost, { nil: undefined })))
      .map((boosts) => Object.fromEntries(fields.flatMap((field, at) => (boosts[at] === undefined ? [] : [[field, boosts[at]]])))),
    bm25: fc.option(
      fc.record({
        k: fc.double({ min: 0.5, max: 2, noNaN: true }),
        b: fc.double({ min: 0, max: 1, noNaN: true }),
        d: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { nil: undefined },
    ),
  });
});

function miniSearchOf(fields: readonly string[], topics: readonly TopicText[]): MiniSearch<TopicText> {
  const miniSearch = new MiniSearch<TopicText>({ fields: [...fields], tokenize: (text) => text.split(' '), processTerm: (term) => term });
  miniSearch.addAll(topics.map((text, at) => ({ id: `topic-${at}`, ...text })));
  return miniSearch;
}

const postingsOf = (miniSearch: MiniSearch<TopicText>): TopicPostings => loadPostings(postingsFromMiniSearch(miniSearch.toJSON()));

/** The same search through MiniSearch's own engine. */
function miniSearchResults(miniSearch: MiniSearch<TopicText>, { queries, fieldBoost, bm25 }: SearchCase): SearchResult[] {
  const queryOf = (term: string) => queries.find((query) => query.term === term)!;
  return miniSearch.search(queries.map((query) => query.term).join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boost: fieldBoost,
    // Spread, not `bm25: undefined`: that would replace MiniSearch's default parameters.
    ...(bm25 !== undefined && { bm25 }),
    boostTerm: (term) => queryOf(term).boost ?? 1,
    fuzzy: (term) => queryOf(term).maxEdits || false,
    prefix: (term) => queryOf(term).prefix ?? false,
  });
}

const closeTo = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected));

describe('searchPostingHits, read as matches', () => {
  it('finds the topics MiniSearch finds, ranked by the same scores, with the same query terms and exact fields', () => {
    fc.assert(
      fc.property(searchCase, (testCase) => {
        const miniSearch = miniSearchOf(testCase.fields, testCase.topics);
        const expected = miniSearchResults(miniSearch, testCase);
        const postings = postingsOf(miniSearch);
        const { matches } = postingMatches(postings, testCase.queries, {
          fieldBoost: testCase.fieldBoost,
          bm25: testCase.bm25,
        });
        const idOf = (match: TopicMatch) => postings.documentIds[match.topic]!;

        expect(matches.map(idOf).sort()).toEqual(expected.map((result) => result.id).sort());
        // Score by rank: the order is the same, except among topics with equal scores.
        matches.forEach((match, at) => {
          expect(closeTo(match.score, expected[at]!.score), `score at rank ${at}: ${match.score} against ${expected[at]!.score}`).toBe(
            true,
          );
        });
        const resultById = new Map(expected.map((result) => [result.id as string, result]));
        for (const match of matches) {
          const result = resultById.get(idOf(match))!;
          expect(closeTo(match.score, result.score), `score of ${idOf(match)}: ${match.score} against ${result.score}`).toBe(true);
          expect(match.queryTerms).toEqual(result.queryTerms);
          expect(match.exactFields).toEqual(match.queryTerms.map((term) => result.match[term] ?? []));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('returns the best `limit` topics, in the same order as without a limit', () => {
    fc.assert(
      fc.property(searchCase, fc.integer({ min: 0, max: 10 }), (testCase, limit) => {
        const postings = postingsOf(miniSearchOf(testCase.fields, testCase.topics));
        const options = { fieldBoost: testCase.fieldBoost, bm25: testCase.bm25 };
        const all = postingMatches(postings, testCase.queries, options).matches;
        expect(postingMatches(postings, testCase.queries, { ...options, limit }).matches).toEqual(all.slice(0, limit));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('counts per query the topics it matched in any way, and those it names through an exact match in a naming field', () => {
    fc.assert(
      fc.property(searchCase, fc.subarray<string>([...FIELDS]), (testCase, namingFields) => {
        const miniSearch = miniSearchOf(testCase.fields, testCase.topics);
        const expected = miniSearchResults(miniSearch, testCase);
        const postings = postingsOf(miniSearch);
        const { matches, matchedTopics, namedTopics } = postingMatches(postings, testCase.queries, {
          fieldBoost: testCase.fieldBoost,
          bm25: testCase.bm25,
          namingFields,
        });
        expect(matchedTopics).toEqual(
          testCase.queries.map(({ term }) => expected.filter((result) => result.queryTerms.includes(term)).length),
        );
        expect(namedTopics).toEqual(
          testCase.queries.map(
            ({ term }) => expected.filter((result) => (result.match[term] ?? []).some((field) => namingFields.includes(field))).length,
          ),
        );
        for (const match of matches) {
          const result = expected.find(({ id }) => id === postings.documentIds[match.topic])!;
          expect(match.named).toEqual(
            match.queryTerms.map((term) => (result.match[term] ?? []).some((field) => namingFields.includes(field))),
          );
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('counts a topic once per query, however many of its terms and fields match', () => {
    const postings = postingsOf(
      miniSearchOf(
        ['title', 'body'],
        [
          { title: 'pas paspoort', body: 'pas pasport' },
          { title: 'huur', body: 'pas' },
        ],
      ),
    );
    const result = postingMatches(postings, [{ term: 'pas', prefix: true, maxEdits: 1 }], { fieldBoost: {}, namingFields: ['title'] });
    expect(result.matchedTopics).toEqual([2]);
    expect(result.namedTopics).toEqual([1]);
  });

  it('scores a topic that matches more query terms higher: each score is multiplied by the number of terms matched', () => {
    const postings = postingsOf(
      miniSearchOf(
        ['title', 'body'],
        [
          { title: 'huur', body: '' },
          { title: 'huur toeslag', body: '' },
        ],
      ),
    );
    const { matches } = postingMatches(postings, [{ term: 'huur' }, { term: 'toeslag' }], { fieldBoost: {} });
    expect(matches.map((match) => [postings.documentIds[match.topic], match.queryTerms])).toEqual([
      ['topic-1', ['huur', 'toeslag']],
      ['topic-0', ['huur']],
    ]);
  });

  it('matches nothing for no query terms', () => {
    const postings = postingsOf(miniSearchOf(['title', 'body'], [{ title: 'huur toeslag', body: 'pas' }]));
    expect(postingMatches(postings, [], { fieldBoost: {} })).toEqual({ matches: [], matchedTopics: [], namedTopics: [] });
  });

  it('matches nothing for a term the index does not have, nor anything near it', () => {
    const postings = postingsOf(miniSearchOf(['title', 'body'], [{ title: 'huur toeslag', body: 'pas' }]));
    const result = postingMatches(postings, [{ term: 'fiets', prefix: true, maxEdits: 2 }], { fieldBoost: {}, namingFields: ['title'] });
    expect(result).toEqual({ matches: [], matchedTopics: [0], namedTopics: [0] });
  });
});

describe('searchPostingHits', () => {
  const postings = postingsOf(
    miniSearchOf(
      ['title', 'body'],
      [
        { title: 'huur', body: 'toeslag' },
        { title: 'huur toeslag', body: '' },
        { title: 'paspoort', body: '' },
      ],
    ),
  );

  it('reads per hit and query which terms matched, in which fields exactly, and whether in a naming field; best topic first', () => {
    const queries = [{ term: 'huur' }, { term: 'toeslag' }, { term: 'paspoort' }];
    const count = searchPostingHits(postings, queries, { fieldBoost: {}, namingFields: ['title'] });
    expect(count).toBe(3);
    const read = Array.from({ length: count }, (_, hit) => {
      const matched = queries.flatMap((_query, q) => (hitMatched(hit, q) ? [q] : []));
      return {
        topic: postings.documentIds[hitTopic(hit)],
        queryTerms: matched.map((q) => queries[q]!.term),
        exactFields: matched.map((q) => postings.fields.filter((_field, bit) => (hitExactFields(hit, q) & (1 << bit)) !== 0)),
        named: matched.map((q) => hitNamed(hit, q)),
        matchedQueries: hitMatchedQueries(hit),
      };
    });
    expect(read.sort((a, b) => a.topic!.localeCompare(b.topic!))).toEqual([
      { topic: 'topic-0', queryTerms: ['huur', 'toeslag'], exactFields: [['title'], ['body']], named: [true, false], matchedQueries: 2 },
      { topic: 'topic-1', queryTerms: ['huur', 'toeslag'], exactFields: [['title'], ['title']], named: [true, true], matchedQueries: 2 },
      { topic: 'topic-2', queryTerms: ['paspoort'], exactFields: [['title']], named: [true], matchedQueries: 1 },
    ]);
    const scores = Array.from({ length: count }, (_, hit) => hitScore(hit));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(queries.map((_query, q) => [queryMatchedTopics(q), queryNamedTopics(q)])).toEqual([
      [2, 2],
      [2, 1],
      [1, 1],
    ]);
  });

  it('holds the hits of the last search only: the next search replaces them', () => {
    expect(searchPostingHits(postings, [{ term: 'paspoort' }], { fieldBoost: {} })).toBe(1);
    expect(hitTopic(0)).toBe(2);
    // "huur" is all of topic-0's title, half of topic-1's: topic-0 is the best.
    expect(searchPostingHits(postings, [{ term: 'huur' }], { fieldBoost: {}, limit: 1 })).toBe(1);
    expect([hitTopic(0), hitMatched(0, 0), hitMatchedQueries(0)]).toEqual([0, true, 1]);
  });
});
