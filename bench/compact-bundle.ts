/**
 * The compact bundle the widget downloads (issue 17, item 3): its gzipped size for the synthetic
 * 300- and 1,000-topic tenants against the JSON bundle's, and how long the widget takes to make
 * an engine of it against today's JSON.parse + loadBundleEngine. Gzipped as the worker gzips it
 * (worker/http/gzip.ts); KB are 1,000 bytes, as the issue counts them.
 *
 * `npx tsx bench/compact-bundle.ts` measures only this.
 */
import { readFileSync } from 'node:fs';
import type { Bundle } from '../core/bundle/bundle';
import { compileBundle } from '../core/bundle/compile-bundle';
import { encodeCompactBundle } from '../core/bundle/compact-bundle';
import { decodeCompactBundle } from '../core/bundle/compact-bundle-decode';
import { loadBundleEngine } from '../core/bundle/load-bundle-engine';
import { parseContent } from '../core/content/parse-content';
import type { Content } from '../core/content/schema';
import { createEngineWithIndex } from '../core/routing/engine';
import { gzip } from '../worker/http/gzip';
import { syntheticContent } from './synthetic-content';
import { ms, stats, time, type Stats, type Target } from './timing';

/** Issue 17: at most this many KB gzipped, by topic count. */
const TARGET_KB: Record<number, number> = { 300: 20, 1000: 60 };
const REPEAT = 30;

export interface CompactBundleResult {
  topics: number;
  jsonGzip: number;
  compactBytes: number;
  compactGzip: number;
  /** JSON.parse of the bundle text, then loadBundleEngine: the widget's path before. */
  jsonEngineMs: Stats;
  /** decodeCompactBundle, then createEngineWithIndex: the widget's path now. */
  compactEngineMs: Stats;
  /** The first decode in this process, before the JavaScript engine has optimised the decoder, as on a desk's first load. */
  firstDecodeMs: number;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export async function measureCompactBundle(base: Content, topics: number): Promise<CompactBundleResult> {
  const content = syntheticContent(base, { topicCount: topics, seed: 42 });
  const bundle = JSON.parse(JSON.stringify(compileBundle(content, { version: 1, publishedAt: '2026-12-01T00:00:00.000Z' }))) as Bundle;
  const text = JSON.stringify(bundle);
  const compact = encodeCompactBundle(bundle);
  const compactEngine = () => {
    const decoded = decodeCompactBundle(compact);
    if (!decoded) throw new Error('the compact bundle did not decode');
    return createEngineWithIndex(decoded.bundle.content, decoded.index);
  };
  const firstDecodeMs = time(compactEngine);
  const jsonEngine = () => loadBundleEngine(JSON.parse(text) as Bundle);
  jsonEngine();
  // Alternated, so that a busy moment of the machine slows both.
  const jsonSamples: number[] = [];
  const compactSamples: number[] = [];
  for (let r = 0; r < REPEAT; r++) {
    jsonSamples.push(time(jsonEngine));
    compactSamples.push(time(compactEngine));
  }
  return {
    topics,
    jsonGzip: (await gzip(new TextEncoder().encode(text))).length,
    compactBytes: compact.length,
    compactGzip: (await gzip(compact)).length,
    jsonEngineMs: stats(jsonSamples),
    compactEngineMs: stats(compactSamples),
    firstDecodeMs,
  };
}

export function compactBundleTargets(results: readonly CompactBundleResult[]): Target[] {
  return results.map((result) => ({
    name: `compact bundle for the widget, synthetic ${result.topics} topics, gzipped (KB = 1,000 bytes)`,
    value:
      `${kb(result.compactGzip)} KB (JSON bundle ${kb(result.jsonGzip)} KB; engine from it in ${ms(result.compactEngineMs.median)} ms median, ` +
      `${(result.compactEngineMs.median / result.jsonEngineMs.median).toFixed(2)} × JSON.parse + loadBundleEngine's ${ms(result.jsonEngineMs.median)} ms; first decode ${ms(result.firstDecodeMs)} ms)`,
    target: `≤ ${TARGET_KB[result.topics] ?? NaN} KB`,
    met: result.compactGzip <= (TARGET_KB[result.topics] ?? NaN) * 1000,
  }));
}

/** The 300- and 1,000-topic tenants of the issue, with their targets. */
export async function compactBundleReport(base: Content): Promise<{ results: CompactBundleResult[]; targets: Target[] }> {
  const results: CompactBundleResult[] = [];
  for (const topics of Object.keys(TARGET_KB).map(Number)) results.push(await measureCompactBundle(base, topics));
  return { results, targets: compactBundleTargets(results) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const parsed = parseContent(JSON.parse(readFileSync(new URL('../data/voorbeeldstad.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('data/voorbeeldstad.json is invalid');
  const { targets } = await compactBundleReport(parsed.content);
  for (const t of targets) console.log(`${t.met ? 'met    ' : 'NOT MET'}  ${t.name}: ${t.value} (target ${t.target})`);
}
