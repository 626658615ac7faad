/**
 * Ranks the topics for the meaningful words of a question.
 *
 * MiniSearch gives a BM25 score per topic. On top of that we count how much of the question
 * a topic explains (its coverage): a topic that matches "zorgtoeslag" and "terugbetalen"
 * beats one that matches only "zorgtoeslag", even when that word is rarer. Coverage is also
 * the evidence that decides whether we dare to advise at all.
 */
import { FIELD_BOOST, FIELD_EVIDENCE, type TopicIndex, type TopicField } from './search-index';
import {
  fieldNameLists,
  hitExactFields,
  hitMatched,
  hitMatchedQueries,
  hitNamed,
  hitScore,
  hitTopic,
  queryMatchedTopics,
  queryNamedTopics,
  searchPostingHits,
} from './search-postings';
import type { QueryWord } from './term-analyser';

/**
 * A match through a compound part is weaker than the word itself. The last part says what
 * kind of thing it is ("kinderopvangtoeslag" is a toeslag), the others only narrow it down.
 */
const HEAD_PART_WEIGHT = 0.75;
const MODIFIER_PART_WEIGHT = 0.4;
/** Credit for a word that matched only through a typo-tolerant or prefix match. */
const APPROXIMATE_CREDIT = 0.6;
/**
 * How much a word that another topic explains counts against a topic. Less than a word no
 * topic knows ("fiets", "supermarkt"): that one suggests the question is outside the table.
 */
const OTHER_TOPIC_WORD_SHARE = 0.5;
/**
 * How much a word that no topic knows ("winter", "gestuurd", "Syrie") counts against a topic
 * that matched a distinctive word of the question exactly. Such a word carries no
 * information about which topic is meant: "de deurwaarder heeft een brief gestuurd" is about
 * debts, whatever else the resident says. Without a distinctive match it counts fully, so
 * "fiets parkeren bij het station" stays outside the table.
 */
const UNKNOWN_WORD_SHARE = 0.3;
/**
 * A term is distinctive when its IDF over the titles and keywords is at least this share of
 * the best possible (a term of one topic): with 52 topics a term of at most 4 topics, with
 * 1,000 topics one of at most 15. It must also name the topic on its own (topic-names.ts).
 */
const MIN_DISTINCTIVE_IDF = 0.6;
const MATCHED_FIELDS: readonly TopicField[] = ['titleNl', 'titleEn', 'keywords'];
/** Long questions: words beyond this many add time, not evidence (and fit a 32-bit set). */
const MAX_QUERY_WORDS = 30;
const MAX_CANDIDATES = 100;
const BM25 = { k: 1.2, b: 0.5, d: 0.5 };

export interface ScoredTopic {
  /** The topic's number in the index (core/routing/topic-table.ts). */
  topic: number;
  score: number;
  /** Share of the question (0..1) that this topic explains. */
  coverage: number;
  /** Sum of the credits of the words it explains: about the number of words, exactly matched. */
  explained: number;
  /** Which question words it explains, as a bit set over their positions. */
  explainedWords: number;
  /** Whether it matches a distinctive word of the question exactly, in a title or keyword. */
  distinctive: boolean;
}

interface TermSource {
  wordIndex: number;
  /** What a match on this term says about its word: the word's weight, less for a part. */
  credit: number;
  /** The term's boost in the search: the credit, shared among the word's stems. */
  boost: number;
  isPart: boolean;
}

function fuzziness(term: string): number {
  // Short words are one letter away from other words ("morgen", "zorgen"): no typos there.
  if (term.length >= 10) return 2;
  if (term.length >= 7) return 1;
  return 0;
}

/**
 * Makes the caller's object for a scored topic, or undefined to leave the topic out. `scored` is
 * one object reused for every topic: copy what you keep. One object per candidate, the caller's,
 * instead of one here and a copy there: per question up to MAX_CANDIDATES of each were most of
 * what a route allocated after the search itself (bench: collections per 1,000 routes).
 */
export type KeepScored<T extends ScoredTopic> = (scored: Readonly<ScoredTopic>) => T | undefined;

/** The topics for the words, as `keep` makes them, best first by the score it gives them. */
export function scoreTopics<T extends ScoredTopic>(index: TopicIndex, words: readonly QueryWord[], keep: KeepScored<T>): T[] {
  const queryWords = words.slice(0, MAX_QUERY_WORDS);
  if (queryWords.length === 0) return [];

  const sources = new Map<string, TermSource>();
  queryWords.forEach((word, wordIndex) => {
    // A word with a Dutch and a different English stem matches twice in a topic that has both:
    // each stem carries its share of the word's weight, so the word counts once.
    const share = 1 / Math.max(1, word.stems.length);
    for (const stem of word.stems) {
      sources.set(stem, { wordIndex, credit: word.weight, boost: word.weight * share, isPart: false });
    }
    const addPart = (stem: string, partWeight: number) => {
      const credit = word.weight * partWeight;
      if (!sources.has(stem)) sources.set(stem, { wordIndex, credit, boost: credit * share, isPart: true });
    };
    for (const stem of word.headStems) addPart(stem, HEAD_PART_WEIGHT);
    for (const stem of word.modifierStems) addPart(stem, MODIFIER_PART_WEIGHT);
  });

  // Each query term has one source: the search's queries and their sources side by side.
  const querySources = [...sources.values()];
  const queries = [...sources].map(([term, { boost, isPart }]) => ({
    term,
    boost,
    maxEdits: isPart ? 0 : fuzziness(term),
    prefix: !isPart && term.length >= 5,
  }));
  const hitCount = searchPostingHits(index.postings, queries, {
    fieldBoost: FIELD_BOOST,
    bm25: BM25,
    limit: MAX_CANDIDATES,
    namingFields: MATCHED_FIELDS,
  });

  // Per question word, as a bit: whether any topic knows it. Per query term: whether it is
  // distinctive, which depends on in how many topics it is a title or keyword word, exactly.
  let knownWords = 0;
  const topics = Math.max(2, index.postings.documentCount);
  const distinctiveQuery = querySources.map((from, q) => {
    if (queryMatchedTopics(q) > 0) knownWords |= 1 << from.wordIndex;
    const named = queryNamedTopics(q) || topics;
    return !from.isPart && from.credit >= 1 && Math.log(topics / named) >= MIN_DISTINCTIVE_IDF * Math.log(topics);
  });
  const evidence = evidenceByFields(index.postings.fields);

  // The score favours explaining more of the question (explained²) over matching rare words
  // (relevance): "Ik zit in de bijstand en wil weer aan het werk" is about work, not bijstand.
  // The search sorts by MiniSearch's score, which already rewards matching more terms: below
  // the top few dozen no topic can win, and a big tenant has thousands of weak matches.
  // Plain loops over the search's hits and one reused array of credits: per candidate (up to
  // MAX_CANDIDATES per question) an object, a closure or a fresh array is garbage that sets off
  // collections (bench: route p99).
  const credits = creditScratch;
  const kept = new Array<T>(hitCount);
  let keptCount = 0;
  for (let hit = 0; hit < hitCount; hit++) {
    const topic = hitTopic(hit);
    credits.fill(0, 0, queryWords.length);
    // Named: the topic has the term itself (not a typo of it) in a title or keyword.
    let distinctive = false;
    for (let q = 0; q < queries.length; q++) {
      if (!hitMatched(hit, q)) continue;
      // An exact match counts by the fields it was found in; a typo or prefix match gets less credit.
      const from = querySources[q]!;
      const credit = from.credit * evidence[hitExactFields(hit, q)]!;
      if (credit > credits[from.wordIndex]!) credits[from.wordIndex] = credit;
      distinctive ||= distinctiveQuery[q]! && hitNamed(hit, q) && index.namesTopic(topic, queries[q]!.term);
    }
    const unknownShare = distinctive ? UNKNOWN_WORD_SHARE : 1;
    let explained = 0;
    let explainedWords = 0;
    let asked = 0;
    for (let i = 0; i < queryWords.length; i++) {
      const weight = queryWords[i]!.weight;
      const value = credits[i]!;
      explained += value;
      if (value > 0) {
        asked += weight;
        explainedWords |= 1 << i;
      } else asked += weight * ((knownWords & (1 << i)) !== 0 ? OTHER_TOPIC_WORD_SHARE : unknownShare);
    }
    // MiniSearch multiplies by the number of matched terms; a word with two stems would count twice.
    const relevance = hitScore(hit) / Math.max(1, hitMatchedQueries(hit));
    const coverage = explained / asked;
    const scored = scoredScratch;
    scored.topic = topic;
    scored.score = relevance * explained * explained * coverage;
    scored.coverage = coverage;
    scored.explained = explained;
    scored.explainedWords = explainedWords;
    scored.distinctive = distinctive;
    const made = keep(scored);
    if (made !== undefined) kept[keptCount++] = made;
  }
  kept.length = keptCount;
  return kept.sort((a, b) => b.score - a.score);
}

/** The one object every candidate is handed to `keep` in. */
const scoredScratch: ScoredTopic = { topic: 0, score: 0, coverage: 0, explained: 0, explainedWords: 0, distinctive: false };

/** Per question word, the credit of the best match a topic has for it: reused by every candidate. */
const creditScratch = new Float64Array(MAX_QUERY_WORDS);

/** Per list of field-name lists (one per distinct list of fields, shared by all indexes that have it). */
const evidenceOfFieldLists = new WeakMap<readonly (readonly string[])[], Float64Array>();

/**
 * What an exact match in the fields of a mask shows (the best of FIELD_EVIDENCE over them), per
 * mask of the index's fields; a match in no field exactly (a typo or prefix match) gets
 * APPROXIMATE_CREDIT. Made once per list of fields: found through fieldNameLists, which all
 * indexes with the same fields share, so a worker's hundreds of engines share one.
 */
function evidenceByFields(fields: readonly string[]): Float64Array {
  const lists = fieldNameLists(fields);
  let evidence = evidenceOfFieldLists.get(lists);
  if (evidence === undefined) {
    evidence = Float64Array.from(lists, (names) =>
      names.length === 0 ? APPROXIMATE_CREDIT : Math.max(...names.map((name) => FIELD_EVIDENCE[name as TopicField])),
    );
    evidenceOfFieldLists.set(lists, evidence);
  }
  return evidence;
}
