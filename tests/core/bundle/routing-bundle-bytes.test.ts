import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../../core/bundle/compile-bundle';
import { decodeRoutingBundle, encodeRoutingBundle, engineFromRoutingBytes } from '../../../core/bundle/routing-bundle-bytes';
import { routingBundle } from '../../../core/bundle/routing-bundle';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';
import { content, expectSameRouting, fullBundle, fullEngine, meta } from './support/same-routing';

const bytes = encodeRoutingBundle(fullBundle);

/** A copy of `bytes` with one 32-bit header word changed. */
function withHeaderWord(at: number, value: number): ArrayBuffer {
  const copy = bytes.slice(0);
  new Uint32Array(copy, 0, at + 1)[at] = value;
  return copy;
}

describe('encodeRoutingBundle and engineFromRoutingBytes', () => {
  it('give an engine that routes the dev questions, suggests and advises on every topic as the full bundle’s engine does', () => {
    expect(fullEngine.route('deurwaarder').advice?.topicId).toBe('schulden');
    const engine = engineFromRoutingBytes(bytes);
    expect(engine).not.toBeNull();
    if (engine) expectSameRouting(engine);
  });

  it('keep the routing bundle’s content and metadata: every topic without its keywords', () => {
    const decoded = decodeRoutingBundle(bytes);
    expect(decoded?.bundle).toEqual({ ...routingBundle(fullBundle), index: null });
    expect(decoded?.bundle.content.topics.every((topic) => topic.keywords.length === 0)).toBe(true);
  });

  it('give an engine whose index is typed arrays on one buffer, without the content’s bytes', () => {
    const index = decodeRoutingBundle(bytes)?.index.postings;
    if (!index) throw new Error('not decoded');
    const buffers = new Set(
      [index.postings, index.termChars, index.charStart, index.termStart, index.fieldLength, index.averageFieldLength].map(
        (array) => array.buffer,
      ),
    );
    expect(buffers.size).toBe(1);
    const [buffer] = buffers;
    expect(buffer).not.toBe(bytes);
    expect(buffer!.byteLength).toBeLessThan(bytes.byteLength);
  });

  it('hold each topic id once: the index takes the topics’ own ids when they are in its order', () => {
    // Each id as often as the content itself names it (its topic, and links such as recognition cues), not once more.
    const text = new TextDecoder().decode(bytes);
    const contentText = JSON.stringify(routingBundle(fullBundle).content);
    const occurrences = (haystack: string, id: string) => haystack.split(`"${id}"`).length - 1;
    for (const topic of content.topics) expect(occurrences(text, topic.id), topic.id).toBe(occurrences(contentText, topic.id));
    const decoded = decodeRoutingBundle(bytes);
    expect(decoded?.index.postings.documentIds).toEqual(content.topics.map((topic) => topic.id));
  });

  it('keep the index’s own topic ids when the topics are in another order, and route as before', () => {
    const reordered = { ...fullBundle, content: { ...fullBundle.content, topics: [...fullBundle.content.topics].reverse() } };
    const decoded = decodeRoutingBundle(encodeRoutingBundle(reordered));
    expect(decoded?.index.postings.documentIds).toEqual(content.topics.map((topic) => topic.id));
    expect(decoded?.bundle.content.topics.map((topic) => topic.id)).toEqual(reordered.content.topics.map((topic) => topic.id));
    const engine = engineFromRoutingBytes(encodeRoutingBundle(reordered));
    if (engine === null) throw new Error('not decoded');
    expectSameRouting(engine);
  });

  it('build a current index for a bundle that an older engine compiled', () => {
    const withoutKeywords = { ...content, topics: content.topics.map((topic) => ({ ...topic, keywords: [] })) };
    const stale = { ...fullBundle, index: compileBundle(withoutKeywords, meta).index, engineVersion: ANALYSIS_VERSION - 1 };
    const engine = engineFromRoutingBytes(encodeRoutingBundle(stale));
    expect(engine?.route('deurwaarder').advice?.topicId).toBe('schulden');
  });

  it('refuse bytes of another format or analysis version, or that are cut short or empty', () => {
    for (const refused of [
      withHeaderWord(0, 0x12345678),
      withHeaderWord(1, 99),
      withHeaderWord(2, ANALYSIS_VERSION + 1),
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
    engineFromRoutingBytes(bytes)?.route('ik heb schulden');
    expect(new Uint8Array(bytes)).toEqual(before);
  });
});
