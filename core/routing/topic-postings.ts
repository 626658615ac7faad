/**
 * The topic index in the form a request can load and keep cheaply: sorted terms and, per term,
 * its postings (field, topic, term frequency) packed into one Int32Array.
 *
 * Why not keep MiniSearch's own index: loading MiniSearch's serialised index builds a radix
 * tree and a Map per term and field, about 1 ms and 0.9 MB of heap for a 300-topic tenant.
 * One isolate serves all 342 municipalities, so that cost is paid on most requests (bench/
 * README.md). MiniSearch still builds the index (search-index.ts); this file only repacks its
 * serialised form (minisearch-postings.ts), and search-postings.ts reads it the way MiniSearch searches.
 */
export const POSTINGS_FORMAT = 'postings-1';

// A posting is `((topic << TF_BITS) | tf) << FIELD_BITS | field`: 3 bits allow 8 fields.
const FIELD_BITS = 3;
const TF_BITS = 8;
export const MAX_FIELDS = 1 << FIELD_BITS;
/** BM25 saturates long before this; a topic repeating a word more often counts as this often. */
export const MAX_TERM_FREQUENCY = (1 << TF_BITS) - 1;
/** With 3 + 8 bits taken, a topic number must stay below 2^20 to keep the packed value positive. */
export const MAX_TOPICS = 1 << (31 - FIELD_BITS - TF_BITS);

/** The JSON form inside a bundle. */
export interface SerialisedPostings {
  format: typeof POSTINGS_FORMAT;
  /** Topic id by topic number. */
  documentIds: string[];
  /** Field names by field number. */
  fields: string[];
  averageFieldLength: number[];
  /** Distinct words per topic and field: `fieldLength[topic * fields.length + field]`. */
  fieldLength: number[];
  /** Sorted by UTF-16 code units, so a prefix is a range. */
  terms: string[];
  /** How many postings each term has, in the order of `terms`. */
  postingCounts: number[];
  /** The packed postings of all terms, per term sorted by field, then topic. */
  postings: number[];
}

/**
 * An array of unsigned integers of the width its values need: each part of a loaded index is in
 * the smallest that fits, from JSON as in a binary routing bundle (core/bundle/routing-bundle-bytes.ts),
 * which stores them so. The same widths either way keep routing's reads of one kind of array for
 * tenants of one size, however their engines were loaded: a worker that compiled a bundle (Uint16
 * terms) and then routed on bytes (Uint8 terms) routed 30% slower.
 */
export type UintArray = Uint8Array | Uint16Array | Uint32Array;

/** The smallest unsigned array that holds `values`. */
export function smallestUintArray(values: ArrayLike<number>): UintArray {
  let max = 0;
  for (let at = 0; at < values.length; at++) if (values[at]! > max) max = values[at]!;
  if (max < 2 ** 8) return Uint8Array.from(values);
  if (max < 2 ** 16) return Uint16Array.from(values);
  return Uint32Array.from(values);
}

/**
 * The loaded index: typed arrays only, apart from the topic ids and field names, so that a
 * binary routing bundle (core/bundle/routing-bundle-bytes.ts) is used as it is, without making
 * a string per term (the terms are compared and searched as UTF-16 code units).
 */
export interface TopicPostings {
  readonly documentCount: number;
  readonly documentIds: readonly string[];
  readonly fields: readonly string[];
  readonly averageFieldLength: Float64Array;
  readonly fieldLength: UintArray;
  readonly termCount: number;
  /** The sorted terms' UTF-16 code units one after the other: term i is `termChars[charStart[i]]` up to `termChars[charStart[i + 1]]`. */
  readonly termChars: UintArray;
  readonly charStart: UintArray;
  /** Postings of term i are `postings[termStart[i]]` up to `postings[termStart[i + 1]]`. */
  readonly termStart: UintArray;
  readonly postings: Int32Array;
}

/** The parts of a loaded index that hold its terms. */
export type TermList = Pick<TopicPostings, 'termCount' | 'termChars' | 'charStart'>;

export const postingField = (posting: number): number => posting & (MAX_FIELDS - 1);
export const postingTermFrequency = (posting: number): number => (posting >>> FIELD_BITS) & MAX_TERM_FREQUENCY;
export const postingTopic = (posting: number): number => posting >>> (FIELD_BITS + TF_BITS);

/** One posting as an Int32: see the layout above. */
export const packPosting = (topic: number, termFrequency: number, field: number): number =>
  (((topic << TF_BITS) | Math.min(termFrequency, MAX_TERM_FREQUENCY)) << FIELD_BITS) | field;

/** Term `position`'s length in UTF-16 code units. */
export const termLength = (list: TermList, position: number): number => list.charStart[position + 1]! - list.charStart[position]!;

/** Term `position` against `term` by UTF-16 code units: negative when it sorts before, 0 when equal. */
export function compareTerm(list: TermList, position: number, term: string): number {
  const { termChars, charStart } = list;
  const start = charStart[position]!;
  const length = charStart[position + 1]! - start;
  const common = Math.min(length, term.length);
  for (let i = 0; i < common; i++) {
    const difference = termChars[start + i]! - term.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - term.length;
}

/** Whether term `position` starts with `prefix`. */
export function termStartsWith(list: TermList, position: number, prefix: string): boolean {
  const { termChars, charStart } = list;
  const start = charStart[position]!;
  if (charStart[position + 1]! - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (termChars[start + i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Term `position` as a string, for tests and rare lookups; searching never needs it. */
export const termText = (list: TermList, position: number): string =>
  String.fromCharCode(...list.termChars.subarray(list.charStart[position], list.charStart[position + 1]));

/** The position of `term` in the sorted terms, or of where it would go. */
export function termPosition(list: TermList, term: string): number {
  let low = 0;
  let high = list.termCount;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareTerm(list, middle, term) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The position of `term` in the index, or -1 when the index does not have it. */
export function findTerm(list: TermList, term: string): number {
  const position = termPosition(list, term);
  return position < list.termCount && compareTerm(list, position, term) === 0 ? position : -1;
}

/** 4,096 bits: a term's first two code units and its length, hashed. */
const SIGNATURE_BITS = 4096;

function termSignature(first: number, second: number, length: number): number {
  return ((Math.imul(first, 31) + second) * 32 + Math.min(length, 31)) & (SIGNATURE_BITS - 1);
}

/**
 * The terms as a vocabulary for the term analyser, without a Set of strings. The analyser asks
 * about every candidate part of every compound (thousands per long question, nearly all unknown),
 * so a 512-byte signature of the terms answers most of the unknown ones before the binary search:
 * a 500-character question of random letters routed 1.8 × slower without it.
 */
export function termVocabulary(list: TermList): Pick<ReadonlySet<string>, 'has'> {
  const signatures = new Uint32Array(SIGNATURE_BITS / 32);
  const { termChars, charStart } = list;
  for (let position = 0; position < list.termCount; position++) {
    const start = charStart[position]!;
    const length = charStart[position + 1]! - start;
    const bit = termSignature(termChars[start] ?? 0, length > 1 ? termChars[start + 1]! : 0, length);
    signatures[bit >>> 5]! |= 1 << (bit & 31);
  }
  return {
    has: (term) => {
      const bit = termSignature(term.charCodeAt(0) || 0, term.length > 1 ? term.charCodeAt(1) : 0, term.length);
      return (signatures[bit >>> 5]! & (1 << (bit & 31))) !== 0 && findTerm(list, term) >= 0;
    },
  };
}
