/**
 * Reads a compact bundle (compact-bundle.ts writes it and describes the layout) into the bundle
 * the widget shows and the index its engine searches. Widget code, loaded with the engine: it
 * imports nothing that indexes (no MiniSearch), and reads the bytes in one pass per stream.
 */
import type { Content, Topic } from '../content/schema';
import { ANALYSIS_VERSION, topicIndexOf, type TopicIndex } from '../routing/search-index';
import { packTopicNames } from '../routing/topic-names';
import { MAX_TERM_FREQUENCY, packPosting, type TopicPostings } from '../routing/topic-postings';
import type { Bundle } from './bundle';

/** "LWCB", then the format and the analysis version (a byte each), then the JSON's length (32 bits, little-endian). */
export const COMPACT_MAGIC = [0x4c, 0x57, 0x43, 0x42] as const;
export const COMPACT_BUNDLE_FORMAT = 1;
export const HEADER_BYTES = 10;

/** What is JSON in a compact bundle: the widget's part of the content, and the index's sizes. */
export interface CompactMeta {
  bundle: Omit<Bundle, 'index' | 'content'> & {
    content: Omit<Content, 'topics' | 'principles' | 'about'> & { topics: Omit<Topic, 'keywords'>[] };
  };
  /** The index's topic ids when they are not the topics' own, in order (compileBundle makes them so). */
  documentIds?: string[];
  fields: string[];
  averageFieldLength: number[];
  termCount: number;
  charCount: number;
  postingCount: number;
}

export interface DecodedCompactBundle {
  /** Topics without keywords, no principles or about text, `index` null: the index is `index`. */
  bundle: Bundle;
  index: TopicIndex;
}

/**
 * The bundle and index in `bytes`, or null for bytes of another format or analysis version (a
 * widget and a worker of different deploys), or bytes that do not hold together.
 */
export function decodeCompactBundle(bytes: Uint8Array): DecodedCompactBundle | null {
  const opened = openCompactBundle(bytes);
  const index = opened?.readIndex();
  return opened && index ? { bundle: opened.bundle, index } : null;
}

/** Thrown for bytes that do not describe a bundle; decodeCompactBundle answers null then. */
function corrupt(): never {
  throw new RangeError('Compact bundle does not hold together');
}

/**
 * The streams after the JSON, read in order. On a desk's first load this code runs once, mostly
 * before the JavaScript engine has optimised it: so one small function per stream (each loop is
 * optimised on its own, and soon), and few calls inside the loops.
 */
interface Reader {
  numbers: Uint32Array;
  at: number;
}

/** Every LEB128 number from `start` to the end, in one tight loop. */
function readNumbers(bytes: Uint8Array, start: number): Reader {
  const numbers = new Uint32Array(bytes.length - start);
  let count = 0;
  let value = 0;
  let scale = 1;
  for (let at = start; at < bytes.length; at++) {
    const byte = bytes[at]!;
    value += (byte & 127) * scale;
    if (byte < 128) {
      numbers[count++] = value;
      value = 0;
      scale = 1;
    } else if ((scale *= 128) > 2 ** 28) corrupt();
  }
  if (scale !== 1) corrupt();
  return { numbers: numbers.subarray(0, count), at: 0 };
}

/** Front-coded terms: how much each shares with the one before, then per term the rest up to a 0. */
function readTerms(reader: Reader, termCount: number, charCount: number): Pick<TopicPostings, 'termChars' | 'charStart'> {
  const { numbers } = reader;
  let at = reader.at + termCount;
  const termChars = new Uint16Array(charCount);
  const charStart = new Uint32Array(termCount + 1);
  let chars = 0;
  for (let term = 0; term < termCount; term++) {
    const previous = term > 0 ? charStart[term - 1]! : 0;
    const shared = numbers[reader.at + term]!;
    if (shared > chars - previous) corrupt();
    termChars.copyWithin(chars, previous, previous + shared);
    chars += shared;
    for (let unit = numbers[at++]; unit !== 0; unit = numbers[at++]) {
      // Past the end: cut short.
      if (unit === undefined) corrupt();
      termChars[chars++] = unit;
    }
    charStart[term + 1] = chars;
  }
  if (chars !== charCount || at > numbers.length) corrupt();
  reader.at = at;
  return { termChars, charStart };
}

/** Per term the bit mask of its fields, then per term and field its postings less one: where each term's postings start, and each posting's field. */
function readPostingFields(reader: Reader, termCount: number, fieldCount: number, postingCount: number) {
  const { numbers } = reader;
  const masks = numbers.subarray(reader.at, reader.at + termCount);
  let at = reader.at + termCount;
  const termStart = new Uint32Array(termCount + 1);
  const postingField = new Uint8Array(postingCount);
  let posting = 0;
  for (let term = 0; term < termCount; term++) {
    const mask = masks[term]!;
    if (mask >= 1 << fieldCount) corrupt();
    for (let field = 0; field < fieldCount; field++) {
      if (!((mask >>> field) & 1)) continue;
      const count = numbers[at++]! + 1;
      postingField.fill(field, posting, posting + count);
      posting += count;
    }
    termStart[term + 1] = posting;
  }
  if (posting !== postingCount || at > numbers.length) corrupt();
  reader.at = at;
  return { termStart, postingField };
}

/** Per posting its topic's gap from the one before in its term and field; then per posting its term frequency and naming flag. */
function readPostings(reader: Reader, termStart: Uint32Array, postingField: Uint8Array, documentCount: number) {
  const { numbers } = reader;
  const gaps = reader.at;
  const flags = gaps + postingField.length;
  if (flags + postingField.length > numbers.length) corrupt();
  const postings = new Int32Array(postingField.length);
  const names: number[][] = Array.from({ length: documentCount }, () => []);
  let topic = -1;
  for (let term = 0, posting = 0; term < termStart.length - 1; term++) {
    for (; posting < termStart[term + 1]!; posting++) {
      const field = postingField[posting]!;
      if (posting === termStart[term] || field !== postingField[posting - 1]) topic = -1;
      topic += numbers[gaps + posting]! + 1;
      const value = numbers[flags + posting]!;
      if (topic >= documentCount || value >= 2 * MAX_TERM_FREQUENCY) corrupt();
      postings[posting] = packPosting(topic, (value >>> 1) + 1, field);
      if (value & 1) names[topic]!.push(term);
    }
  }
  reader.at = flags + postingField.length;
  return { postings, names };
}

/** The field lengths, then the naming terms that no posting of their topic holds, as (topic, term) pairs. */
function readRest(reader: Reader, names: number[][], fieldCells: number, termCount: number): Uint16Array {
  const { numbers } = reader;
  let at = reader.at;
  const fieldLength = Uint16Array.from(numbers.subarray(at, (at += fieldCells)));
  const added = new Set<number[]>();
  for (let extra = numbers[at++] ?? corrupt(); extra > 0; extra--) {
    const topicNames = names[numbers[at++]!] ?? corrupt();
    const term = numbers[at++]!;
    if (!(term < termCount)) corrupt();
    topicNames.push(term);
    added.add(topicNames);
  }
  // Once per topic that got any, not after every pair.
  for (const topicNames of added) topicNames.sort((a, b) => a - b);
  if (at !== numbers.length) corrupt();
  return fieldLength;
}

/**
 * The bundle of `bytes` at once (its JSON), and a function that reads its index from the rest:
 * the widget shows the bundle first and reads the index in idle time or on the first question,
 * as it loads a JSON bundle's index. Null for bytes of another format or analysis version, or
 * whose JSON does not read; `readIndex` answers null for numbers that do not hold together.
 */
export function openCompactBundle(bytes: Uint8Array): OpenedCompactBundle | null {
  try {
    return open(bytes);
  } catch {
    return null;
  }
}

export interface OpenedCompactBundle {
  /** Topics without keywords, no principles or about text, `index` null. */
  bundle: Bundle;
  readIndex: () => TopicIndex | null;
}

function open(bytes: Uint8Array): OpenedCompactBundle | null {
  if (COMPACT_MAGIC.some((byte, i) => bytes[i] !== byte) || bytes[4] !== COMPACT_BUNDLE_FORMAT || bytes[5] !== ANALYSIS_VERSION)
    return null;
  const jsonEnd = HEADER_BYTES + new DataView(bytes.buffer, bytes.byteOffset).getUint32(6, true);
  if (jsonEnd > bytes.length) corrupt();
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER_BYTES, jsonEnd))) as CompactMeta;
  const topics = meta.bundle.content.topics as Topic[];
  for (const topic of topics) topic.keywords = [];
  const bundle: Bundle = { ...meta.bundle, content: { ...meta.bundle.content, topics, principles: [] }, index: null };
  const readIndex = () => {
    try {
      return readIndexOf(meta, bytes, jsonEnd);
    } catch {
      return null;
    }
  };
  return { bundle, readIndex };
}

function readIndexOf(meta: CompactMeta, bytes: Uint8Array, jsonEnd: number): TopicIndex {
  const { fields, termCount, charCount, postingCount } = meta;
  const documentIds = meta.documentIds ?? meta.bundle.content.topics.map((topic) => topic.id);
  const documentCount = documentIds.length;

  const reader = readNumbers(bytes, jsonEnd);
  // Each term, character and posting takes at least one number: no arrays beyond what the bytes can fill.
  if (!(termCount + charCount + postingCount <= reader.numbers.length)) corrupt();
  const terms = readTerms(reader, termCount, charCount);
  const { termStart, postingField } = readPostingFields(reader, termCount, fields.length, postingCount);
  const { postings, names } = readPostings(reader, termStart, postingField, documentCount);
  const fieldLength = readRest(reader, names, documentCount * fields.length, termCount);
  const averageFieldLength = Float64Array.from(meta.averageFieldLength);
  return topicIndexOf(
    { documentCount, documentIds, fields, averageFieldLength, fieldLength, termCount, ...terms, termStart, postings },
    packTopicNames(names),
  );
}
