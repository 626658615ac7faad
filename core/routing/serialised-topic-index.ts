/**
 * A topic index in its JSON form, as a JSON bundle carries it (build-topic-index.ts writes it),
 * checked and loaded into typed arrays. Apart from the search code: the widget reads a compact
 * bundle (core/bundle/compact-bundle-decode.ts) and loads this only for a JSON bundle, the
 * fallback when the compact one cannot be read, which kept 0.3 KiB gzipped out of the code of every
 * first answer (issue 17, item 8). The worker and the indexer use it as before.
 */
import { topicIndexOf, type TopicIndex } from './search-index';
import { packTopicNames } from './topic-names';
import {
  MAX_FIELDS,
  POSTINGS_FORMAT,
  smallestUintArray,
  type SerialisedPostings,
  type TermList,
  type TopicPostings,
} from './topic-postings';

/** Whether a value read from a bundle has this shape and consistent lengths. */
export function isSerialisedPostings(value: unknown): value is SerialisedPostings {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof SerialisedPostings, unknown>>;
  const arrays = [
    candidate.documentIds,
    candidate.fields,
    candidate.averageFieldLength,
    candidate.fieldLength,
    candidate.terms,
    candidate.postingCounts,
    candidate.postings,
  ];
  if (candidate.format !== POSTINGS_FORMAT || !arrays.every(Array.isArray)) return false;
  const postings = value as SerialisedPostings;
  return (
    postings.fields.length <= MAX_FIELDS &&
    postings.fieldLength.length === postings.documentIds.length * postings.fields.length &&
    postings.postingCounts.length === postings.terms.length &&
    postings.postingCounts.reduce((sum, count) => sum + count, 0) === postings.postings.length
  );
}

/** Packs sorted terms into code units and their starts. */
export function packTerms(terms: readonly string[]): TermList {
  const charStart = new Array<number>(terms.length + 1).fill(0);
  terms.forEach((term, i) => (charStart[i + 1] = charStart[i]! + term.length));
  const termChars: number[] = [];
  for (const term of terms) for (let c = 0; c < term.length; c++) termChars.push(term.charCodeAt(c));
  return { termCount: terms.length, termChars: smallestUintArray(termChars), charStart: smallestUintArray(charStart) };
}

export function loadPostings(serialised: SerialisedPostings): TopicPostings {
  const termStart = new Array<number>(serialised.terms.length + 1).fill(0);
  serialised.postingCounts.forEach((count, term) => (termStart[term + 1] = termStart[term]! + count));
  return {
    documentCount: serialised.documentIds.length,
    documentIds: serialised.documentIds,
    fields: serialised.fields,
    averageFieldLength: Float64Array.from(serialised.averageFieldLength),
    fieldLength: smallestUintArray(serialised.fieldLength),
    ...packTerms(serialised.terms),
    termStart: smallestUintArray(termStart),
    postings: Int32Array.from(serialised.postings),
  };
}

export interface SerialisedTopicIndex extends SerialisedPostings {
  topicNames: number[][];
}

/** Whether a value read from a bundle is an index in its JSON form (build-topic-index.ts). */
export function isSerialisedTopicIndex(value: unknown): value is SerialisedTopicIndex {
  if (!isSerialisedPostings(value)) return false;
  const { topicNames } = value as Partial<SerialisedTopicIndex>;
  return Array.isArray(topicNames) && topicNames.length === value.documentIds.length && topicNames.every(Array.isArray);
}

export function loadTopicIndex(serialised: SerialisedTopicIndex): TopicIndex {
  return topicIndexOf(loadPostings(serialised), packTopicNames(serialised.topicNames));
}
