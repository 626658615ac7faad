/**
 * The routing bundle (routing-bundle.ts) as one ArrayBuffer, for the worker, which keeps the
 * engines of hundreds of tenants loaded: the engine works on views of these very bytes, so
 * loading one parses almost nothing and the content stays out of the JS heap.
 *
 * - The index's typed arrays (terms as code units, postings, field lengths, naming terms) lie
 *   in the buffer as they are used, each in the smallest unsigned type its values fit.
 * - The topics lie in it as a topic table (binary-topic-table.ts): a route reads the strings of
 *   the few topics it answers with.
 * - A small JSON part holds what routing needs at once (the tenant's name, the counters' ids,
 *   names and kinds, the cues' counters, the settings, the ids that writes are checked against);
 *   it is parsed on load.
 * - The rest of the content (the counters' full records, locations, principles, …) is JSON that
 *   is parsed only when `engine.content` is first read, and so are the national products that
 *   topics cover (when a question names one).
 *
 * Format 2 parsed the whole content on load: 0.48 ms and about 200 KB per 300-topic engine,
 * against the 0.1 ms and 117 KB that 342 tenants in one isolate need (bench/README.md).
 *
 * Layout: a header of 32-bit words (magic, format, analysis version, then per section its byte
 * offset, element count and bytes per element), then the sections, each at a multiple of 8
 * bytes. The typed arrays are in the platform's byte order; a buffer that reads back another
 * magic number (made on a machine of the other order, or another format) is not used but made
 * again (worker/engines/tenant-engines.ts).
 */
import type { Content } from '../content/schema';
import { buildSerialisedTopicIndex } from '../routing/build-topic-index';
import { createEngineOver, type Engine } from '../routing/engine';
import { routingPartOf, type RoutingContent } from '../routing/routing-content';
import { ANALYSIS_VERSION, topicIndexOf, type TopicIndex } from '../routing/search-index';
import { loadPostings, type SerialisedTopicIndex } from '../routing/serialised-topic-index';
import { packTopicNames } from '../routing/topic-names';
import { smallestUintArray, type TopicPostings, type UintArray } from '../routing/topic-postings';
import type { TopicTable } from '../routing/topic-table';
import { BinaryTopicTable, isPackedTopics, packTopics, tableTopics, type TableTopic } from './binary-topic-table';
import type { Bundle } from './bundle';
import { routingBundle } from './routing-bundle';

/** "LWRB" read as a little-endian 32-bit number. */
const MAGIC = 0x4252574c;
export const ROUTING_BYTES_FORMAT = 3;

type TypedArray = UintArray | Int32Array | Float64Array;
/** How a section is read: 'uint' in the width the header gives (1, 2 or 4 bytes), the others in their own. */
type SectionKind = 'uint' | 'int32' | 'float64' | 'json';

/** The sections in their order in the buffer. */
const SECTIONS = {
  averageFieldLength: 'float64',
  postings: 'int32',
  fieldLength: 'uint',
  charStart: 'uint',
  termChars: 'uint',
  termStart: 'uint',
  nameStart: 'uint',
  names: 'uint',
  topicChars: 'uint',
  topicStringStart: 'uint',
  topicFields: 'uint',
  topicIdOrder: 'uint',
  /** Per topic of the content, its number in the table; empty when the table is in the content's order. */
  contentOrder: 'uint',
  meta: 'json',
  covered: 'json',
  rest: 'json',
} satisfies Record<string, SectionKind>;
type Section = keyof typeof SECTIONS;
const SECTION_NAMES = Object.keys(SECTIONS) as Section[];
const WORDS_PER_SECTION = 3;
const HEADER_WORDS = 3 + WORDS_PER_SECTION * SECTION_NAMES.length;

/** What routing needs at once: parsed on load, so kept small (about 1 KB for Voorbeeldstad). */
interface Meta {
  bundle: Omit<Bundle, 'content' | 'index'>;
  routing: Omit<RoutingContent, 'topics'>;
  /** Domains and counter ids of the topic table. */
  names: string[];
  fields: string[];
  documentCount: number;
}

/** The content but its topics: JSON parsed when the whole content is first read. */
type Rest = Omit<Content, 'topics'>;

/** One frozen array for every topic's keywords in a routing bundle: they are always empty there. */
const NO_KEYWORDS = Object.freeze([]) as unknown as string[];

const align8 = (bytes: number) => Math.ceil(bytes / 8) * 8;
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/**
 * The index of the routing bundle, with every document a topic: the bundle's own when it is so
 * (as compileBundle makes it), else one built from the bundle's content.
 */
function indexOverTopics(bundle: Bundle, routing: Bundle): SerialisedTopicIndex {
  const index = routing.index as SerialisedTopicIndex;
  const topicIds = new Set(routing.content.topics.map((topic) => topic.id));
  return index.documentIds.every((id) => topicIds.has(id)) && new Set(index.documentIds).size === index.documentIds.length
    ? index
    : buildSerialisedTopicIndex(bundle.content);
}

/** The routing bundle of `bundle` as bytes; the index is rebuilt when the bundle's is not current, as routingBundle does. */
export function encodeRoutingBundle(bundle: Bundle): ArrayBuffer {
  const routing = routingBundle(bundle);
  const serialised = indexOverTopics(bundle, routing);
  const postings = loadPostings(serialised);
  const { topics, ...rest } = routing.content;
  // The table's order: the index's documents, then topics the index lacks (none, from compileBundle).
  const numberById = new Map(serialised.documentIds.map((id, at) => [id, at]));
  const unindexed = topics.filter((topic) => !numberById.has(topic.id));
  for (const topic of unindexed) numberById.set(topic.id, numberById.size);
  const contentOrder = topics.map((topic) => numberById.get(topic.id)!);
  const byNumber = new Array<TableTopic>(topics.length);
  topics.forEach(({ keywords: _keywords, ...topic }, at) => (byNumber[contentOrder[at]!] = topic));
  const packed = packTopics(byNumber);
  const { content: _content, index: _index, ...bundleMeta } = routing;
  const meta: Meta = {
    bundle: bundleMeta,
    routing: routingPartOf(rest),
    names: packed.names,
    fields: serialised.fields,
    documentCount: serialised.documentIds.length,
  };
  const { nameStart, names } = packTopicNames(serialised.topicNames);
  const inOrder = contentOrder.every((number, at) => number === at);
  const parts: Record<Section, TypedArray> = {
    averageFieldLength: postings.averageFieldLength,
    postings: postings.postings,
    fieldLength: postings.fieldLength,
    charStart: postings.charStart,
    termChars: postings.termChars,
    termStart: postings.termStart,
    nameStart,
    names,
    topicChars: packed.chars,
    topicStringStart: packed.stringStart,
    topicFields: packed.fields,
    topicIdOrder: packed.idOrder,
    contentOrder: smallestUintArray(inOrder ? [] : contentOrder),
    meta: json(meta),
    covered: packed.covered.length === 0 ? new Uint8Array(0) : json(packed.covered),
    rest: json(rest),
  };

  let offset = align8(HEADER_WORDS * 4);
  const header = new Uint32Array(HEADER_WORDS);
  header.set([MAGIC, ROUTING_BYTES_FORMAT, ANALYSIS_VERSION]);
  const placed = SECTION_NAMES.map((name, at) => {
    const part = parts[name];
    header.set([offset, part.length, part.BYTES_PER_ELEMENT], 3 + WORDS_PER_SECTION * at);
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
  /** The routing bundle without its index (`index` is null), made when asked for: tests and tools read it, routing does not. */
  bundle: () => Bundle;
  routing: RoutingContent;
  index: TopicIndex;
  /** The whole content (topics without keywords), parsed on the first call and kept. */
  content: () => Content;
}

/** The sections as views on `buffer`, or null when the header does not describe this format within it. */
function sectionViews(buffer: ArrayBuffer): Record<Section, TypedArray> | null {
  if (buffer.byteLength < HEADER_WORDS * 4) return null;
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  if (header[0] !== MAGIC || header[1] !== ROUTING_BYTES_FORMAT || header[2] !== ANALYSIS_VERSION) return null;
  const views = {} as Record<Section, TypedArray>;
  for (const [at, name] of SECTION_NAMES.entries()) {
    const word = 3 + WORDS_PER_SECTION * at;
    const [offset, length, width] = [header[word]!, header[word + 1]!, header[word + 2]!];
    const type = arrayType(SECTIONS[name], width);
    if (type === null || offset % 8 !== 0 || offset + length * width > buffer.byteLength) return null;
    views[name] = new type(buffer, offset, length);
  }
  return views;
}

function arrayType(kind: SectionKind, width: number) {
  if (kind === 'float64') return width === 8 ? Float64Array : null;
  if (kind === 'int32') return width === 4 ? Int32Array : null;
  if (kind === 'json') return width === 1 ? Uint8Array : null;
  return width === 1 ? Uint8Array : width === 2 ? Uint16Array : width === 4 ? Uint32Array : null;
}

const parseJson = <T>(bytes: TypedArray): T => JSON.parse(new TextDecoder().decode(bytes)) as T;

/**
 * The bundle, its routing content and its index as views on `buffer`, which is neither copied
 * nor changed: the engine keeps it whole. Null for bytes of another format or analysis version,
 * or that do not hold together.
 */
export function decodeRoutingBundle(buffer: ArrayBuffer): DecodedRoutingBundle | null {
  const views = sectionViews(buffer);
  if (views === null) return null;
  let meta: Meta;
  try {
    meta = parseJson<Meta>(views.meta);
  } catch {
    return null;
  }
  const { documentCount, fields, names } = meta;
  const termCount = views.charStart.length - 1;
  const packedTopics = {
    chars: views.topicChars as UintArray,
    stringStart: views.topicStringStart as UintArray,
    fields: views.topicFields as UintArray,
    idOrder: views.topicIdOrder as UintArray,
  };
  const topicCount = packedTopics.idOrder.length;
  const consistent =
    termCount >= 0 &&
    Array.isArray(fields) &&
    Array.isArray(names) &&
    Number.isInteger(documentCount) &&
    documentCount <= topicCount &&
    isPackedTopics(packedTopics, topicCount) &&
    views.charStart[termCount]! <= views.termChars.length &&
    views.termStart.length === termCount + 1 &&
    views.termStart[termCount]! <= views.postings.length &&
    views.fieldLength.length === documentCount * fields.length &&
    views.averageFieldLength.length === fields.length &&
    views.nameStart.length === documentCount + 1 &&
    views.nameStart[documentCount]! <= views.names.length &&
    (views.contentOrder.length === 0 || views.contentOrder.length === topicCount);
  if (!consistent) return null;

  // The closures below keep only the views they read, not the record of all sections.
  const { covered: coveredView, rest: restView } = views;
  const contentOrder = views.contentOrder as UintArray;
  let covered: readonly (readonly [string, number])[] | undefined;
  const coveredProducts = () => (covered ??= coveredView.length === 0 ? [] : parseJson<[string, number][]>(coveredView));
  const topics = new BinaryTopicTable({ ...packedTopics, names }, documentCount, coveredProducts);
  const routing: RoutingContent = { ...meta.routing, topics };
  let content: Content | undefined;
  const wholeContent = () => (content ??= contentOf(parseJson<Rest>(restView), topics, coveredProducts(), contentOrder));

  const postings = new PostingsOverBytes(topics, fields, termCount, {
    averageFieldLength: views.averageFieldLength as Float64Array,
    fieldLength: views.fieldLength as UintArray,
    termChars: views.termChars as UintArray,
    charStart: views.charStart as UintArray,
    termStart: views.termStart as UintArray,
    postings: views.postings as Int32Array,
  });
  const bundleMeta = meta.bundle;
  return {
    bundle: (): Bundle => ({ ...bundleMeta, index: null, content: wholeContent() }),
    routing,
    index: topicIndexOf(postings, { nameStart: views.nameStart as UintArray, names: views.names as UintArray }),
    content: wholeContent,
  };
}

/**
 * The index's postings as views on the bytes, its topic ids made only when asked for (the JSON
 * path and tests read them; routing goes by number). A class, so that `documentIds` is a getter
 * on the prototype: as a getter on the object itself it made every read of the arrays slower
 * (routes about 15% slower), and a route reads them hundreds of thousands of times.
 */
class PostingsOverBytes implements TopicPostings {
  readonly documentCount: number;
  readonly averageFieldLength: Float64Array;
  readonly fieldLength: UintArray;
  readonly termChars: UintArray;
  readonly charStart: UintArray;
  readonly termStart: UintArray;
  readonly postings: Int32Array;
  private ids: string[] | undefined;

  constructor(
    private readonly topics: TopicTable,
    readonly fields: readonly string[],
    readonly termCount: number,
    arrays: Pick<TopicPostings, 'averageFieldLength' | 'fieldLength' | 'termChars' | 'charStart' | 'termStart' | 'postings'>,
  ) {
    this.documentCount = topics.documentCount;
    this.averageFieldLength = arrays.averageFieldLength;
    this.fieldLength = arrays.fieldLength;
    this.termChars = arrays.termChars;
    this.charStart = arrays.charStart;
    this.termStart = arrays.termStart;
    this.postings = arrays.postings;
  }

  get documentIds(): readonly string[] {
    return (this.ids ??= Array.from({ length: this.documentCount }, (_, at) => this.topics.id(at)));
  }
}

/** The content as it was encoded (the topics in its own order, without keywords). */
function contentOf(rest: Rest, table: TopicTable, covered: readonly (readonly [string, number])[], contentOrder: UintArray): Content {
  const byNumber = tableTopics(table, covered, NO_KEYWORDS);
  const topics = contentOrder.length === 0 ? byNumber : Array.from(contentOrder, (number) => byNumber[number]!);
  return { ...rest, topics };
}

/** The engine over the routing bundle's bytes, or null for bytes that decodeRoutingBundle does not take. */
export function engineFromRoutingBytes(buffer: ArrayBuffer): Engine | null {
  const decoded = decodeRoutingBundle(buffer);
  return decoded === null ? null : createEngineOver(decoded.routing, decoded.index, decoded.content);
}
