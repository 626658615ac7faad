/**
 * The routing bundle (routing-bundle.ts) as one ArrayBuffer, for the worker: the index's typed
 * arrays (terms as UTF-16 code units, postings, field lengths, naming terms) lie in the buffer
 * as they are used, so loading an engine makes views on them instead of parsing and copying
 * tens of thousands of numbers. Only the content (the routing bundle without its index) is JSON,
 * in the same buffer. The worker keeps these bytes in the Cache API (worker/engines/tenant-engines.ts).
 *
 * Layout: a header of 32-bit words (magic, format, analysis version, then a byte offset and an
 * element count per section), then the sections, each starting at a multiple of 8 bytes. The
 * typed arrays are in the platform's byte order; a buffer that reads back another magic number
 * (made on a machine of the other order, or another format) is not used but made again.
 */
import { createEngineWithIndex, type Engine } from '../routing/engine';
import { ANALYSIS_VERSION, topicIndexOf, type TopicIndex } from '../routing/search-index';
import { packTopicNames } from '../routing/topic-names';
import { loadPostings, type TopicPostings } from '../routing/topic-postings';
import type { Content, Topic } from '../content/schema';
import type { Bundle } from './bundle';
import { routingBundle } from './routing-bundle';

/** "LWRB" read as a little-endian 32-bit number. */
const MAGIC = 0x4252574c;
export const ROUTING_BYTES_FORMAT = 2;

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
type TypedArrayOf = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TypedArray;

/** The sections in their order in the buffer, with the array type each is read as. */
const SECTIONS = {
  averageFieldLength: Float64Array,
  fieldLength: Uint16Array,
  charStart: Uint32Array,
  termChars: Uint16Array,
  termStart: Uint32Array,
  postings: Int32Array,
  nameStart: Uint32Array,
  names: Uint32Array,
  // Last: decodeRoutingBundle keeps the bytes before it and lets these go once parsed.
  meta: Uint8Array,
} satisfies Record<string, TypedArrayOf>;
type Section = keyof typeof SECTIONS;
const SECTION_NAMES = Object.keys(SECTIONS) as Section[];
const HEADER_WORDS = 3 + 2 * SECTION_NAMES.length;

/**
 * What is JSON in the buffer: the bundle without its index, and the index's strings. Said once
 * what would be said twice: the topics' keywords (always empty in a routing bundle) are left
 * out, and so are the index's topic ids when they are the topics' own ids in order (as
 * compileBundle makes them); an engine per tenant keeps both, and the 300 ids of a 300-topic
 * tenant took 19 KB of heap a second time (bench/README.md).
 */
interface Meta {
  bundle: Omit<Bundle, 'content'> & { content: Omit<Content, 'topics'> & { topics: Omit<Topic, 'keywords'>[] } };
  /** Null: the ids of `bundle.content.topics`, in their order. */
  documentIds: string[] | null;
  fields: string[];
}

/** One frozen array for every topic's keywords in a routing bundle: they are always empty there. */
const NO_KEYWORDS = Object.freeze([]) as unknown as string[];

const align8 = (bytes: number) => Math.ceil(bytes / 8) * 8;

/** The routing bundle of `bundle` as bytes; the index is rebuilt when the bundle's is not current, as routingBundle does. */
export function encodeRoutingBundle(bundle: Bundle): ArrayBuffer {
  const routing = routingBundle(bundle);
  // routingBundle always gives a current index in its JSON form.
  const serialised = routing.index as Parameters<typeof loadPostings>[0] & { topicNames: number[][] };
  const postings = loadPostings(serialised);
  const topics = routing.content.topics.map(({ keywords: _keywords, ...topic }) => topic);
  const idsAreTopics = serialised.documentIds.length === topics.length && serialised.documentIds.every((id, at) => id === topics[at]?.id);
  const meta: Meta = {
    bundle: { ...routing, content: { ...routing.content, topics }, index: null },
    documentIds: idsAreTopics ? null : serialised.documentIds,
    fields: serialised.fields,
  };
  const parts: Record<Section, TypedArray> = {
    meta: new TextEncoder().encode(JSON.stringify(meta)),
    averageFieldLength: postings.averageFieldLength,
    fieldLength: postings.fieldLength,
    charStart: postings.charStart,
    termChars: postings.termChars,
    termStart: postings.termStart,
    postings: postings.postings,
    ...packTopicNames(serialised.topicNames),
  };

  let offset = align8(HEADER_WORDS * 4);
  const header = new Uint32Array(HEADER_WORDS);
  header.set([MAGIC, ROUTING_BYTES_FORMAT, ANALYSIS_VERSION]);
  const placed = SECTION_NAMES.map((name, at) => {
    const part = parts[name];
    header[3 + 2 * at] = offset;
    header[4 + 2 * at] = part.length;
    const start = offset;
    offset = align8(offset + part.byteLength);
    return { start, part };
  });
  const buffer = new ArrayBuffer(offset);
  new Uint32Array(buffer, 0, HEADER_WORDS).set(header);
  for (const { start, part } of placed)
    new Uint8Array(buffer, start, part.byteLength).set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
  return buffer;
}

export interface DecodedRoutingBundle {
  /** The routing bundle without its index (`index` is null): the index is `index`. */
  bundle: Bundle;
  index: TopicIndex;
}

/**
 * The bundle and its index as views on the index part of `buffer`. That part is copied once
 * (one memcpy, about 60 KB for 300 topics) so that the content's JSON bytes, about half of the
 * buffer, need not stay in memory beside the parsed content. Null for bytes of another format
 * or analysis version, or that do not hold together.
 */
export function decodeRoutingBundle(buffer: ArrayBuffer): DecodedRoutingBundle | null {
  if (buffer.byteLength < HEADER_WORDS * 4) return null;
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  if (header[0] !== MAGIC || header[1] !== ROUTING_BYTES_FORMAT || header[2] !== ANALYSIS_VERSION) return null;
  const metaAt = SECTION_NAMES.indexOf('meta');
  const metaOffset = header[3 + 2 * metaAt]!;
  if (metaOffset + header[4 + 2 * metaAt]! > buffer.byteLength) return null;
  const kept = buffer.slice(0, metaOffset);
  const views = {} as Record<Section, TypedArray>;
  for (const [at, name] of SECTION_NAMES.entries()) {
    const type = SECTIONS[name];
    const offset = header[3 + 2 * at]!;
    const length = header[4 + 2 * at]!;
    const end = offset + length * type.BYTES_PER_ELEMENT;
    if (offset % 8 !== 0 || end > (name === 'meta' ? buffer.byteLength : metaOffset)) return null;
    views[name] = new type(name === 'meta' ? buffer : kept, offset, length);
  }
  const meta = JSON.parse(new TextDecoder().decode(views.meta)) as Meta;
  const topics = meta.bundle.content.topics as Topic[];
  for (const topic of topics) topic.keywords = NO_KEYWORDS;
  const bundle = meta.bundle as Bundle;
  const documentIds = meta.documentIds ?? topics.map((topic) => topic.id);
  const termCount = views.charStart.length - 1;
  const postings: TopicPostings = {
    documentCount: documentIds.length,
    documentIds,
    fields: meta.fields,
    averageFieldLength: views.averageFieldLength as Float64Array,
    fieldLength: views.fieldLength as Uint16Array,
    termCount,
    termChars: views.termChars as Uint16Array,
    charStart: views.charStart as Uint32Array,
    termStart: views.termStart as Uint32Array,
    postings: views.postings as Int32Array,
  };
  const consistent =
    termCount >= 0 &&
    views.termStart.length === termCount + 1 &&
    views.fieldLength.length === postings.documentCount * postings.fields.length &&
    views.nameStart.length === postings.documentCount + 1;
  if (!consistent) return null;
  return {
    bundle,
    index: topicIndexOf(postings, { nameStart: views.nameStart as Uint32Array, names: views.names as Uint32Array }),
  };
}

/** The engine over the routing bundle's bytes, or null for bytes that decodeRoutingBundle does not take. */
export function engineFromRoutingBytes(buffer: ArrayBuffer): Engine | null {
  const decoded = decodeRoutingBundle(buffer);
  return decoded === null ? null : createEngineWithIndex(decoded.bundle.content, decoded.index);
}
