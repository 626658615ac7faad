import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticContent, syntheticQuestions } from '../../../bench/synthetic-content';
import { compileBundle } from '../../../core/bundle/compile-bundle';
import { engineFromBundle } from '../../../core/bundle/engine-from-bundle';
import { decodeRoutingBundle, encodeRoutingBundle, engineFromRoutingBytes } from '../../../core/bundle/routing-bundle-bytes';
import { routingBundle } from '../../../core/bundle/routing-bundle';
import type { Content } from '../../../core/content/schema';
import { shippedNationalIndex } from '../../../core/national/shipped-national-index';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';
import { content, devQuestions, expectSameRouting, fullBundle, fullEngine, meta, overTheWire } from './support/same-routing';

const bytes = encodeRoutingBundle(fullBundle);
const withoutKeywords = (of: Content): Content => ({ ...of, topics: of.topics.map((topic) => ({ ...topic, keywords: [] })) });

/** A copy of `bytes` with one 32-bit header word changed. */
function withHeaderWord(at: number, value: number, of = bytes): ArrayBuffer {
  const copy = of.slice(0);
  new Uint32Array(copy, 0, at + 1)[at] = value;
  return copy;
}

/** Header words per section: offset, element count, bytes per element (after magic, format and analysis version). */
const sectionWord = (section: number, word: 0 | 1 | 2) => 3 + 3 * section + word;
/** The section holding the rest of the content, last in the buffer; the routing part (meta) is the third last. */
const SECTION_COUNT = 16;
const REST = SECTION_COUNT - 1;

describe('encodeRoutingBundle and engineFromRoutingBytes', () => {
  it('give an engine that routes the dev questions, suggests and advises on every topic as the full bundle’s engine does', () => {
    expect(fullEngine.route('deurwaarder').advice?.topicId).toBe('schulden');
    const engine = engineFromRoutingBytes(bytes);
    expect(engine).not.toBeNull();
    if (engine) expectSameRouting(engine);
  });

  it('route 300 synthetic topics as the engine over the whole bundle does, question by question', () => {
    const synthetic = syntheticContent(content, { topicCount: 300, seed: 7 });
    const bundle = overTheWire(compileBundle(synthetic, meta));
    const json = engineFromBundle(bundle);
    const binary = engineFromRoutingBytes(encodeRoutingBundle(bundle));
    if (binary === null) throw new Error('not decoded');
    for (const question of syntheticQuestions(synthetic, 300, 11)) {
      expect(binary.route(question), question).toEqual(json.route(question));
      expect(binary.route(question, { lang: 'en', cueIds: ['geen-digid'] }), question).toEqual(
        json.route(question, { lang: 'en', cueIds: ['geen-digid'] }),
      );
      expect(binary.suggest(question.slice(0, 12)), question).toEqual(json.suggest(question.slice(0, 12)));
    }
    for (const { id } of synthetic.topics)
      expect(binary.adviseTopic(id, { digitalHelp: true }), id).toEqual(json.adviseTopic(id, { digitalHelp: true }));
    expect(binary.adviseTopic('geen-onderwerp')).toBeNull();
  });

  it('route with the national list as the full bundle’s engine does: the products that topics cover, the national and fallback counters', () => {
    const national = shippedNationalIndex();
    const engine = engineFromRoutingBytes(bytes);
    if (engine === null) throw new Error('not decoded');
    const outOfTable = readFileSync(new URL('../national/fixtures/out-of-table.tsv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t')[0]!);
    const covered = content.topics.flatMap((topic) => topic.uplUris ?? []);
    expect(covered.length).toBeGreaterThan(0);
    for (const uri of covered)
      expect(engine.routingContent.topics.coveringTopic(uri), uri).toBe(fullEngine.routingContent.topics.coveringTopic(uri));
    const bases = new Set<string>();
    for (const question of [...outOfTable, ...devQuestions]) {
      const routed = engine.route(question, { national, lang: 'en' });
      expect(routed, question).toEqual(fullEngine.route(question, { national, lang: 'en' }));
      expect(engine.couldUseNational(question), question).toBe(fullEngine.couldUseNational(question));
      bases.add(routed.advice?.basis ?? 'none');
    }
    expect([...bases].sort()).toEqual(['fallback', 'national', 'table']);
  });

  it('give back the routing bundle’s content and metadata when read: every topic without its keywords', () => {
    const decoded = decodeRoutingBundle(bytes);
    expect(decoded?.bundle()).toEqual({ ...routingBundle(fullBundle), index: null });
    expect(engineFromRoutingBytes(bytes)?.content).toEqual(withoutKeywords(content));
    expect(decoded?.bundle().content.topics.some((topic) => (topic.uplUris ?? []).length > 0)).toBe(true);
  });

  it('keep the content’s topic strings as they are, also beyond Latin-1', () => {
    const [first, ...others] = content.topics;
    const unusual = {
      ...content,
      topics: [{ ...first!, title: { nl: 'Hulp bij ‘de’ aanvraag — Ελληνικά', en: 'Help – “quoted” 🙂' } }, ...others],
    };
    const engine = engineFromRoutingBytes(encodeRoutingBundle(overTheWire(compileBundle(unusual, meta))));
    expect(engine?.content).toEqual(withoutKeywords(unusual));
    expect(engine?.adviseTopic(first!.id, { lang: 'en' })?.reason).toContain('"Help – “quoted” 🙂"');
  });

  it('give what routing and the worker’s checks read without parsing the rest of the content', () => {
    // The rest of the content made unreadable: routing and the routing part still work, reading the content fails.
    const copy = bytes.slice(0);
    const header = new Uint32Array(copy, 0, sectionWord(REST, 2) + 1);
    new Uint8Array(copy, header[sectionWord(REST, 0)], header[sectionWord(REST, 1)]).fill(0x7b);
    const engine = engineFromRoutingBytes(copy);
    if (engine === null) throw new Error('not decoded');

    expect(engine.route('ik heb schulden').advice?.topicId).toBe('schulden');
    const { routingContent } = engine;
    expect(routingContent.settings).toEqual(content.settings);
    expect(routingContent.sourceDeskIds).toEqual(content.sourceDesks.map((desk) => desk.id));
    expect(routingContent.signalCategoryIds).toEqual(content.signalCategories.map((category) => category.id));
    expect(routingContent.counters.map((counter) => counter.id)).toEqual(content.counters.map((counter) => counter.id));
    expect(content.topics.every((topic) => routingContent.topics.id(routingContent.topics.numberOf(topic.id)) === topic.id)).toBe(true);
    expect(routingContent.topics.numberOf('geen-onderwerp')).toBe(-1);
    expect(() => engine.content).toThrow();
  });

  it('use the bytes they are given in place: every part of the index is a view on that very buffer', () => {
    const index = decodeRoutingBundle(bytes)?.index;
    if (!index) throw new Error('not decoded');
    const { postings } = index;
    const arrays = [
      postings.postings,
      postings.termChars,
      postings.charStart,
      postings.termStart,
      postings.fieldLength,
      postings.averageFieldLength,
      index.topicNames.names,
      index.topicNames.nameStart,
    ];
    expect(arrays.every((array) => array.buffer === bytes)).toBe(true);
  });

  it('store each part in the smallest unsigned type its values fit: the terms of Voorbeeldstad are one byte per character', () => {
    const { postings } = decodeRoutingBundle(bytes)!.index;
    expect(postings.termChars).toBeInstanceOf(Uint8Array);
    expect(postings.fieldLength).toBeInstanceOf(Uint8Array);
    expect(postings.charStart).toBeInstanceOf(Uint16Array);
  });

  it('keep the content’s order of topics when the index has them in another, and route as before', () => {
    const reordered = { ...fullBundle, content: { ...fullBundle.content, topics: [...fullBundle.content.topics].reverse() } };
    const decoded = decodeRoutingBundle(encodeRoutingBundle(reordered));
    expect(decoded?.index.postings.documentIds).toEqual(content.topics.map((topic) => topic.id));
    expect(decoded?.bundle().content.topics.map((topic) => topic.id)).toEqual(reordered.content.topics.map((topic) => topic.id));
    const engine = engineFromRoutingBytes(encodeRoutingBundle(reordered));
    if (engine === null) throw new Error('not decoded');
    expectSameRouting(engine);
  });

  it('build a current index for a bundle that an older engine compiled', () => {
    const stale = { ...fullBundle, index: compileBundle(withoutKeywords(content), meta).index, engineVersion: ANALYSIS_VERSION - 1 };
    const engine = engineFromRoutingBytes(encodeRoutingBundle(stale));
    expect(engine?.route('deurwaarder').advice?.topicId).toBe('schulden');
  });

  it('refuse bytes of another format or analysis version, cut short, empty, or with a header that does not hold together', () => {
    for (const refused of [
      withHeaderWord(0, 0x12345678),
      withHeaderWord(1, 2),
      withHeaderWord(1, 99),
      withHeaderWord(2, ANALYSIS_VERSION + 1),
      withHeaderWord(sectionWord(2, 2), 3), // field lengths 3 bytes wide
      withHeaderWord(sectionWord(0, 2), 4), // the average field lengths read as 32-bit numbers
      withHeaderWord(sectionWord(3, 0), 12), // term starts at an offset not a multiple of 8
      withHeaderWord(sectionWord(3, 1), 5), // term starts cut short
      withHeaderWord(sectionWord(REST - 2, 1), 3), // the routing part cut to "{\"b": not JSON
      bytes.slice(0, bytes.byteLength - 100),
      new ArrayBuffer(0),
      new ArrayBuffer(64),
    ]) {
      expect(decodeRoutingBundle(refused)).toBeNull();
      expect(engineFromRoutingBytes(refused)).toBeNull();
    }
  });

  it('leave the bytes they were given unchanged', () => {
    const before = new Uint8Array(bytes.slice(0));
    const engine = engineFromRoutingBytes(bytes);
    engine?.route('ik heb schulden');
    void engine?.content;
    expect(new Uint8Array(bytes)).toEqual(before);
  });
});
