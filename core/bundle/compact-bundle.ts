/**
 * The compact bundle: what the widget needs of a published version, in a half to a third of the gzipped
 * bytes of the JSON bundle (`npm run bench`: 300 topics 38.9 → under 20 KB, 1,000 topics 115.9 →
 * under 60 KB). The worker serves it gzipped (worker/routes/tenant-compact-bundle.ts); the widget
 * reads it with compact-bundle-decode.ts.
 *
 * What is left out, because the widget never reads it: the topics' keywords (the index holds what
 * routing reads from them, as in the worker's routing bundle), the content's principles and its
 * `about` text (they are for the editors).
 *
 * Layout, every number an unsigned LEB128 varint unless said otherwise:
 *   "LWCB", the format and ANALYSIS_VERSION (a byte each), the JSON's byte length (32 bits, little-endian);
 *   the JSON (UTF-8) of CompactMeta: the bundle without its index and
 *   the index's fields, average field lengths and counts;
 *   the terms, sorted, front-coded: per term how many code units it shares with the term before,
 *   then per term the other code units ending with a 0;
 *   per term the bit mask of its fields, then per term and field of the mask its postings less one;
 *   per posting its topic as the gap to the one before in the same term and field (less one);
 *   per posting (term frequency − 1) × 2, plus 1 when the term names that topic (topic-names.ts)
 *   and this is the topic's first posting of the term;
 *   the field lengths (topic by topic, field by field);
 *   the naming terms no posting carries: their count, then (topic, term) pairs.
 * Each stream holds numbers of one kind, which is what gzip compresses best.
 */
import { ANALYSIS_VERSION } from '../routing/search-index';
import type { SerialisedTopicIndex } from '../routing/serialised-topic-index';
import { postingField, postingTermFrequency, postingTopic } from '../routing/topic-postings';
import type { Bundle } from './bundle';
import { COMPACT_BUNDLE_FORMAT, COMPACT_MAGIC, HEADER_BYTES, type CompactMeta } from './compact-bundle-decode';
import { routingBundle } from './routing-bundle';

/** Appends unsigned LEB128 numbers to a growing byte list. */
class VarintWriter {
  readonly bytes: number[] = [];

  write(value: number): void {
    let rest = value;
    while (rest >= 128) {
      this.bytes.push((rest % 128) | 128);
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
  }
}

/** The compact bundle of `bundle`; its index is rebuilt when it is not current, as routingBundle does. */
export function encodeCompactBundle(bundle: Bundle): Uint8Array {
  const routing = routingBundle(bundle);
  // routingBundle always gives a current index in its JSON form.
  const index = routing.index as SerialisedTopicIndex;
  const { index: _index, content: routingContent, ...rest } = routing;
  const { principles: _principles, about: _about, ...content } = routingContent;
  const topics = content.topics.map(({ keywords: _keywords, ...topic }) => topic);
  const idsAreTopics = index.documentIds.length === topics.length && index.documentIds.every((id, at) => id === topics[at]?.id);
  const meta: CompactMeta = {
    bundle: { ...rest, content: { ...content, topics } },
    ...(idsAreTopics ? {} : { documentIds: index.documentIds }),
    fields: index.fields,
    averageFieldLength: index.averageFieldLength,
    termCount: index.terms.length,
    charCount: index.terms.reduce((sum, term) => sum + term.length, 0),
    postingCount: index.postings.length,
  };

  const out = new VarintWriter();
  const json = new TextEncoder().encode(JSON.stringify(meta));
  // One byte each: a version past 255 would be written wrong and refused by every widget.
  if (COMPACT_BUNDLE_FORMAT > 255 || ANALYSIS_VERSION > 255) throw new Error('Compact bundle: format or analysis version over 255');
  const header = new Uint8Array(HEADER_BYTES);
  header.set([...COMPACT_MAGIC, COMPACT_BUNDLE_FORMAT, ANALYSIS_VERSION]);
  new DataView(header.buffer).setUint32(6, json.length, true);
  out.bytes.push(...header);
  for (const byte of json) out.bytes.push(byte);
  writeTerms(out, index.terms);
  const leftOverNames = writePostings(out, index);
  for (const length of index.fieldLength) out.write(length);
  out.write(leftOverNames.length);
  for (const [topic, term] of leftOverNames) {
    out.write(topic);
    out.write(term);
  }
  return Uint8Array.from(out.bytes);
}

function writeTerms(out: VarintWriter, terms: readonly string[]): void {
  const shared = terms.map((term, at) => {
    const previous = terms[at - 1] ?? '';
    let length = 0;
    while (length < term.length && length < previous.length && term.charCodeAt(length) === previous.charCodeAt(length)) length++;
    return length;
  });
  for (const length of shared) out.write(length);
  terms.forEach((term, at) => {
    for (let unit = shared[at]!; unit < term.length; unit++) out.write(term.charCodeAt(unit));
    out.write(0);
  });
}

/**
 * The postings grouped per term and field (their stored order), with the naming flags. Answers
 * the naming terms that no posting of their topic holds, as (topic, term) pairs.
 */
function writePostings(out: VarintWriter, index: SerialisedTopicIndex): (readonly [number, number])[] {
  const starts = [0];
  for (const count of index.postingCounts) starts.push(starts.at(-1)! + count);
  const termPostings = (term: number) => index.postings.slice(starts[term], starts[term + 1]);

  for (let term = 0; term < index.terms.length; term++) {
    out.write(termPostings(term).reduce((mask, posting) => mask | (1 << postingField(posting)), 0));
  }
  for (let term = 0; term < index.terms.length; term++) {
    const perField = new Map<number, number>();
    for (const posting of termPostings(term)) perField.set(postingField(posting), (perField.get(postingField(posting)) ?? 0) + 1);
    for (const count of perField.values()) out.write(count - 1);
  }
  for (let term = 0; term < index.terms.length; term++) {
    let previous: { field: number; topic: number } = { field: -1, topic: -1 };
    for (const posting of termPostings(term)) {
      const field = postingField(posting);
      const topic = postingTopic(posting);
      out.write(topic - (field === previous.field ? previous.topic : -1) - 1);
      previous = { field, topic };
    }
  }
  const unflagged = index.topicNames.map((terms) => new Set(terms));
  for (let term = 0; term < index.terms.length; term++) {
    for (const posting of termPostings(term)) {
      const names = unflagged[postingTopic(posting)]!.delete(term);
      out.write((postingTermFrequency(posting) - 1) * 2 + (names ? 1 : 0));
    }
  }
  return unflagged.flatMap((terms, topic) => [...terms].map((term) => [topic, term] as const));
}
