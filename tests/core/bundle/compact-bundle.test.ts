import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticContent, syntheticQuestions } from '../../../bench/synthetic-content';
import type { Bundle } from '../../../core/bundle/bundle';
import { compileBundle } from '../../../core/bundle/compile-bundle';
import { encodeCompactBundle } from '../../../core/bundle/compact-bundle';
import {
  COMPACT_MAGIC,
  decodeCompactBundle,
  HEADER_BYTES,
  openCompactBundle,
  type CompactMeta,
} from '../../../core/bundle/compact-bundle-decode';
import { loadBundleEngine } from '../../../core/bundle/load-bundle-engine';
import { routingBundle } from '../../../core/bundle/routing-bundle';
import { parseQuestionsTsv } from '../../../core/io/questions-tsv';
import { createEngineWithIndex, type Engine } from '../../../core/routing/engine';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';
import { gzip } from '../../../worker/http/gzip';
import { content, expectSameRouting, fullBundle, meta, overTheWire } from './support/same-routing';

const bytes = encodeCompactBundle(fullBundle);
const devQuestions = parseQuestionsTsv(readFileSync(new URL('../../fixtures/questions.dev.tsv', import.meta.url), 'utf8')).map(
  ({ question }) => question,
);

function compactEngine(compact: Uint8Array): Engine {
  const decoded = decodeCompactBundle(compact);
  if (decoded === null) throw new Error('not decoded');
  return createEngineWithIndex(decoded.bundle.content, decoded.index);
}

/** Where the JSON starts and ends: after the header, which ends with its length. */
function jsonPlace(compact: Uint8Array): { start: number; end: number } {
  return { start: HEADER_BYTES, end: HEADER_BYTES + new DataView(compact.buffer, compact.byteOffset).getUint32(HEADER_BYTES - 4, true) };
}

const numbersStart = (compact: Uint8Array) => jsonPlace(compact).end;

/** `compact` with its JSON changed by `change`. */
function withMeta(compact: Uint8Array, change: (meta: CompactMeta) => CompactMeta): Uint8Array {
  const { start, end } = jsonPlace(compact);
  const json = new TextEncoder().encode(
    JSON.stringify(change(JSON.parse(new TextDecoder().decode(compact.subarray(start, end))) as CompactMeta)),
  );
  const changed = Uint8Array.from([...compact.subarray(0, start), ...json, ...compact.subarray(end)]);
  new DataView(changed.buffer).setUint32(HEADER_BYTES - 4, json.length, true);
  return changed;
}

describe('encodeCompactBundle and decodeCompactBundle', () => {
  it('give an engine that routes the dev questions, suggests and advises on every topic as the full bundle’s engine does', () => {
    expectSameRouting(compactEngine(bytes));
  });

  it.each([300, 1000])('give an engine that routes and suggests as the JSON bundle’s does, synthetic %i topics', (topics) => {
    const synthetic = syntheticContent(content, { topicCount: topics, seed: 42 });
    const bundle = overTheWire(compileBundle(synthetic, meta));
    const fromJson = loadBundleEngine(bundle);
    if (fromJson === null) throw new Error('no index in the JSON bundle');
    const engine = compactEngine(encodeCompactBundle(bundle));
    for (const question of [...devQuestions, ...syntheticQuestions(synthetic, 200, 7)]) {
      expect(engine.route(question), question).toEqual(fromJson.route(question));
    }
    for (const topic of synthetic.topics.slice(0, 100)) {
      for (const prefix of [topic.title.nl.slice(0, 3), topic.title.nl.slice(0, 8), topic.title.en.slice(0, 6)]) {
        expect(engine.suggest(prefix), prefix).toEqual(fromJson.suggest(prefix));
      }
    }
  });

  it.each([
    [300, 20_000],
    [1000, 60_000],
  ])('keep the synthetic %i-topic tenant’s bundle within %i bytes gzipped (issue 17)', async (topics, budget) => {
    const bundle = compileBundle(syntheticContent(content, { topicCount: topics, seed: 42 }), meta);
    expect((await gzip(encodeCompactBundle(bundle))).length).toBeLessThanOrEqual(budget);
  });

  it('keep what the widget reads: the routing bundle without keywords, principles and about text, and no index', () => {
    expect(fullBundle.content.principles.length).toBeGreaterThan(0);
    const routing = routingBundle(fullBundle);
    const { about: _about, ...expectedContent } = routing.content;
    expect(decodeCompactBundle(bytes)?.bundle).toEqual({ ...routing, content: { ...expectedContent, principles: [] }, index: null });
  });

  it('keep the index’s own topic ids when the topics are in another order, and route as before', () => {
    const reordered: Bundle = { ...fullBundle, content: { ...fullBundle.content, topics: [...fullBundle.content.topics].reverse() } };
    const decoded = decodeCompactBundle(encodeCompactBundle(reordered));
    expect(decoded?.index.postings.documentIds).toEqual(content.topics.map((topic) => topic.id));
    expect(decoded?.bundle.content.topics.map((topic) => topic.id)).toEqual(reordered.content.topics.map((topic) => topic.id));
    expectSameRouting(compactEngine(encodeCompactBundle(reordered)));
  });

  it('build a current index for a bundle that an older engine compiled', () => {
    const withoutKeywords = { ...content, topics: content.topics.map((topic) => ({ ...topic, keywords: [] })) };
    const stale = { ...fullBundle, index: compileBundle(withoutKeywords, meta).index, engineVersion: ANALYSIS_VERSION - 1 };
    expect(compactEngine(encodeCompactBundle(stale)).route('deurwaarder').advice?.topicId).toBe('schulden');
  });

  it('refuse bytes of another magic, format or analysis version', () => {
    const changed = (at: number, value: number) => bytes.map((byte, i) => (i === at ? value : byte));
    expect(decodeCompactBundle(changed(0, 0x58))).toBeNull();
    expect(decodeCompactBundle(changed(COMPACT_MAGIC.length, 2))).toBeNull();
    expect(decodeCompactBundle(changed(COMPACT_MAGIC.length + 1, ANALYSIS_VERSION + 1))).toBeNull();
    expect(decodeCompactBundle(new Uint8Array(0))).toBeNull();
  });

  it('refuse bytes cut short anywhere, or with bytes added', () => {
    const start = numbersStart(bytes);
    const cuts = [
      1,
      5,
      8,
      100,
      start - 1,
      start,
      start + 1,
      ...Array.from({ length: 40 }, (_, i) => start + Math.floor(((bytes.length - start) * i) / 40) + 1),
    ];
    for (const cut of cuts.filter((at) => at < bytes.length))
      expect(decodeCompactBundle(bytes.subarray(0, cut)), `cut at ${cut}`).toBeNull();
    expect(decodeCompactBundle(Uint8Array.from([...bytes, 0]))).toBeNull();
  });

  it('refuse a description that the numbers do not match: more postings or terms, fewer topics', () => {
    for (const change of [
      (meta: CompactMeta) => ({ ...meta, postingCount: meta.postingCount + 1 }),
      (meta: CompactMeta) => ({ ...meta, termCount: meta.termCount - 1 }),
      (meta: CompactMeta) => ({ ...meta, charCount: meta.charCount + 1 }),
      // The postings of the last topic then name a topic past the last.
      (meta: CompactMeta) => ({
        ...meta,
        bundle: { ...meta.bundle, content: { ...meta.bundle.content, topics: meta.bundle.content.topics.slice(0, -1) } },
      }),
    ]) {
      expect(decodeCompactBundle(withMeta(bytes, change))).toBeNull();
    }
    expect(decodeCompactBundle(withMeta(bytes, (meta) => meta))).not.toBeNull();
  });

  it('open the bundle before its index is read: the index of numbers cut short reads as null, the bundle is there', () => {
    const cut = bytes.subarray(0, bytes.length - 50);
    const opened = openCompactBundle(cut);
    expect(opened?.bundle).toEqual(decodeCompactBundle(bytes)?.bundle);
    expect(opened?.readIndex()).toBeNull();
    expect(openCompactBundle(bytes)?.readIndex()?.postings.termCount).toBe(decodeCompactBundle(bytes)?.index.postings.termCount);
  });

  it('leave the bytes they were given unchanged', () => {
    const before = bytes.slice();
    compactEngine(bytes).route('ik heb schulden');
    expect(bytes).toEqual(before);
  });
});
