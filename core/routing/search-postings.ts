/**
 * Searches the packed topic postings the way MiniSearch 7 searches its own index, so the
 * scores the routing rules were tuned on stay the same: per query term the exact term, then
 * longer terms that start with it (prefix), then terms within a few edits (fuzzy), each scored
 * with BM25+ per field and weighted as MiniSearch weighs them; the terms are combined with OR
 * and a topic's score is multiplied by the number of query terms it matched.
 *
 * Unlike MiniSearch it keeps its working state in typed arrays that every search reuses, and
 * makes no object per matched topic: the caller reads the hits it needs (`hitTopic` and the
 * others). A common word matches most topics of a big tenant; an object per match made routing
 * allocate enough to set off a garbage collection every few dozen questions, which is what set the
 * p99 (bench/README.md).
 */
import { editDistanceWithin } from './edit-distance';
import {
  compareTerm,
  postingField,
  postingTermFrequency,
  postingTopic,
  termLength,
  termPosition,
  termStartsWith,
  type TopicPostings,
} from './topic-postings';

/** MiniSearch's default weights for a prefix and a fuzzy match of a query term. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** MiniSearch's default BM25+ parameters. */
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

export interface TermQuery {
  term: string;
  /** Multiplies every score this term gives; 1 by default. */
  boost?: number;
  /** Also match longer terms that start with this one. */
  prefix?: boolean;
  /** Also match terms at most this many edits away; 0 for none. */
  maxEdits?: number;
}

export interface Bm25Parameters {
  k: number;
  b: number;
  d: number;
}

export interface PostingSearchOptions {
  /** Per field name; a field that is not listed counts 1, as in MiniSearch. */
  fieldBoost: Readonly<Record<string, number>>;
  bm25?: Bm25Parameters;
  /** How many of the best topics to return; all by default. */
  limit?: number;
  /** Fields for `queryNamedTopics` and `hitNamed`: where an exact match names a topic. */
  namingFields?: readonly string[];
}

// A cell per topic and query: whether the query matched the topic, and its exact fields.
const MATCHED = 1 << 15;
const FIELD_MASK = 0xff;

/** Working state shared by all searches: a search runs to its end without yielding. */
const scratch = {
  score: new Float64Array(0),
  queryScore: new Float64Array(0),
  finalScore: new Float64Array(0),
  queriesMatched: new Uint16Array(0),
  firstSeen: new Int32Array(0),
  order: new Int32Array(0),
  cells: new Uint16Array(0),
  matchedTopics: new Int32Array(0),
  namedTopics: new Int32Array(0),
};

function scratchFor(topics: number, queries: number): typeof scratch {
  if (scratch.score.length < topics) {
    scratch.score = new Float64Array(topics);
    scratch.queryScore = new Float64Array(topics);
    scratch.finalScore = new Float64Array(topics);
    scratch.queriesMatched = new Uint16Array(topics);
    scratch.firstSeen = new Int32Array(topics);
    scratch.order = new Int32Array(topics);
  }
  if (scratch.cells.length < topics * queries) scratch.cells = new Uint16Array(topics * queries);
  if (scratch.matchedTopics.length < queries) {
    scratch.matchedTopics = new Int32Array(queries);
    scratch.namedTopics = new Int32Array(queries);
  }
  scratch.score.fill(0, 0, topics);
  scratch.queryScore.fill(0, 0, topics);
  scratch.queriesMatched.fill(0, 0, topics);
  scratch.cells.fill(0, 0, topics * queries);
  scratch.matchedTopics.fill(0, 0, queries);
  scratch.namedTopics.fill(0, 0, queries);
  return scratch;
}

/**
 * The topics the last search found, best first, read from the working state that every search
 * reuses: valid until the next search. Routing reads what it needs per topic and query from here,
 * so a search makes no object per matched topic. A hit is a found topic's rank, 0 for the best; q
 * is a query's position in the search.
 */
const last = { queryCount: 0, namingMask: 0 };
const cellOf = (hit: number, q: number) => scratch.cells[scratch.order[hit]! * last.queryCount + q]!;

/** The topic's number in the index. */
export const hitTopic = (hit: number): number => scratch.order[hit]!;
/** Its score: the query terms' BM25+ scores summed, times the number of query terms it matched. */
export const hitScore = (hit: number): number => scratch.finalScore[scratch.order[hit]!]!;
/** How many of the queries it matched in any way. */
export const hitMatchedQueries = (hit: number): number => scratch.queriesMatched[scratch.order[hit]!]!;
/** Whether query `q` matched it in any way. */
export const hitMatched = (hit: number, q: number): boolean => cellOf(hit, q) !== 0;
/** The fields in which it has query `q`'s very term, one bit per field of the index (0 for a typo or prefix match only). */
export const hitExactFields = (hit: number, q: number): number => cellOf(hit, q) & FIELD_MASK;
/** Whether it has query `q`'s very term in one of the search's `namingFields`. */
export const hitNamed = (hit: number, q: number): boolean => (cellOf(hit, q) & last.namingMask) !== 0;
/** In how many topics query `q` matched anything: all topics found, not only the best `limit`. */
export const queryMatchedTopics = (q: number): number => scratch.matchedTopics[q]!;
/** In how many topics query `q` matched exactly in one of `namingFields`. */
export const queryNamedTopics = (q: number): number => scratch.namedTopics[q]!;

const bm25Score = (
  termFrequency: number,
  matching: number,
  total: number,
  fieldLength: number,
  averageLength: number,
  { k, b, d }: Bm25Parameters,
) =>
  Math.log(1 + (total - matching + 0.5) / (matching + 0.5)) *
  (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / averageLength)));

/**
 * Field names per field mask, made once per list of fields: the results share them, and so do
 * the indexes, which all have the same fields (64 lists per index added 4 KB to every loaded
 * engine). Found by the index's own array of fields first, so a search makes no key.
 */
const fieldNameListsByKey = new Map<string, readonly (readonly string[])[]>();
const fieldNameListsOfIndex = new WeakMap<readonly string[], readonly (readonly string[])[]>();

export function fieldNameLists(fields: readonly string[]): readonly (readonly string[])[] {
  let lists = fieldNameListsOfIndex.get(fields);
  if (lists === undefined) {
    const key = fields.join('\n');
    lists = fieldNameListsByKey.get(key);
    if (lists === undefined) {
      lists = Array.from({ length: 1 << fields.length }, (_, m) => fields.filter((_, field) => (m & (1 << field)) !== 0));
      fieldNameListsByKey.set(key, lists);
    }
    fieldNameListsOfIndex.set(fields, lists);
  }
  return lists;
}

/** Searches the index; answers how many topics it found (at most `limit`), read with `hitTopic` and the others above. */
export function searchPostingHits(index: TopicPostings, queries: readonly TermQuery[], options: PostingSearchOptions): number {
  const { fieldBoost, bm25 = DEFAULT_BM25, limit = Infinity, namingFields = [] } = options;
  const { termCount, termChars, charStart, termStart, postings, fieldLength, averageFieldLength, fields, documentCount } = index;
  const queryCount = queries.length;
  const { score, queryScore, finalScore, queriesMatched, firstSeen, order, cells, matchedTopics, namedTopics } = scratchFor(
    documentCount,
    queryCount,
  );
  let seen = 0;

  /** Adds the postings of index term `position` for query `q`, each weighted by `weight`. */
  const addTerm = (q: number, position: number, weight: number, exact: boolean) => {
    const end = termStart[position + 1]!;
    let runStart = termStart[position]!;
    while (runStart < end) {
      // The postings of one field form a run: its length is the field's document frequency.
      const field = postingField(postings[runStart]!);
      let runEnd = runStart + 1;
      while (runEnd < end && postingField(postings[runEnd]!) === field) runEnd++;
      const fieldWeight = weight * (fieldBoost[fields[field]!] || 1);
      for (let at = runStart; at < runEnd; at++) {
        const posting = postings[at]!;
        const topic = postingTopic(posting);
        const length = fieldLength[topic * fields.length + field]!;
        queryScore[topic]! +=
          fieldWeight *
          bm25Score(postingTermFrequency(posting), runEnd - runStart, documentCount, length, averageFieldLength[field]!, bm25);
        const cell = topic * queryCount + q;
        if (cells[cell] === 0) {
          if (queriesMatched[topic] === 0) firstSeen[seen++] = topic;
          queriesMatched[topic]!++;
        }
        cells[cell]! |= MATCHED | (exact ? 1 << field : 0);
      }
      runStart = runEnd;
    }
  };

  for (let q = 0; q < queryCount; q++) {
    const { term, boost = 1, prefix = false, maxEdits = 0 } = queries[q]!;
    if (term === '') continue;
    const start = termPosition(index, term);
    const hasTerm = start < termCount && compareTerm(index, start, term) === 0;
    if (hasTerm) addTerm(q, start, boost, true);
    let prefixEnd = start;
    if (prefix) {
      for (let at = start; at < termCount && termStartsWith(index, at, term); at++) {
        const length = termLength(index, at);
        if (length > term.length) addTerm(q, at, boost * ((PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length))), false);
        prefixEnd = at + 1;
      }
    }
    if (maxEdits > 0) {
      for (let at = 0; at < termCount; at++) {
        // Terms that start with the query term were scored as prefix matches.
        if (prefix && at >= start && at < prefixEnd) continue;
        const length = termLength(index, at);
        if ((hasTerm && at === start) || Math.abs(length - term.length) > maxEdits) continue;
        const distance = editDistanceWithin(term, termChars, charStart[at]!, charStart[at + 1]!, maxEdits);
        if (distance <= maxEdits) addTerm(q, at, boost * ((FUZZY_WEIGHT * length) / (length + distance)), false);
      }
    }
    // MiniSearch sums each query term's scores apart, then adds them up; doing the same keeps
    // the scores equal to its own up to the last bit or so (within one term, prefix and fuzzy
    // matches come in the sorted order of the terms, in MiniSearch in the order of its tree).
    for (let i = 0; i < seen; i++) {
      const topic = firstSeen[i]!;
      score[topic]! += queryScore[topic]!;
      queryScore[topic] = 0;
    }
  }

  let namingMask = 0;
  for (let field = 0; field < fields.length; field++) if (namingFields.includes(fields[field]!)) namingMask |= 1 << field;
  for (let i = 0; i < seen; i++) {
    const topic = firstSeen[i]!;
    finalScore[topic] = score[topic]! * Math.max(1, queriesMatched[topic]!);
    order[i] = topic;
    for (let q = 0; q < queryCount; q++) {
      const cell = cells[topic * queryCount + q]!;
      if (cell === 0) continue;
      matchedTopics[q]!++;
      if ((cell & namingMask) !== 0) namedTopics[q]!++;
    }
  }
  // Stable: equal scores keep the order in which the topics were first matched. That follows the
  // query terms, as in MiniSearch, but within one term's prefix and fuzzy matches the sorted
  // order of the index terms, so exact ties may come out in another order than MiniSearch's.
  order.subarray(0, seen).sort((a, b) => finalScore[b]! - finalScore[a]!);
  last.queryCount = queryCount;
  last.namingMask = namingMask;
  return Math.min(seen, limit);
}
