/**
 * The compact bundle the widget downloads (issue 17, item 3): its gzipped size for the synthetic
 * 300- and 1,000-topic tenants against the JSON bundle's, and how long the widget takes to make
 * an engine of it against today's JSON.parse + loadBundleEngine. Gzipped as the worker gzips it
 * (worker/http/gzip.ts); KB are 1,000 bytes, as the issue counts them.
 *
 * `npx tsx bench/compact-bundle.ts` measures only this.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
/** Fresh processes per path and size for the first-load times. */
const COLD_RUNS = 5;

export interface CompactBundleResult {
  topics: number;
  jsonGzip: number;
  compactBytes: number;
  compactGzip: number;
  /** JSON.parse of the bundle text, then loadBundleEngine: the widget's path before. */
  jsonEngineMs: Stats;
  /** decodeCompactBundle, then createEngineWithIndex: the widget's path now. */
  compactEngineMs: Stats;
  /**
   * The desk's first load: each path once in a fresh process that has run no routing code yet
   * (medians of COLD_RUNS processes), so the time includes what the JavaScript engine spends
   * before its code is optimised.
   */
  coldJsonEngineMs: number;
  coldCompactEngineMs: number;
}

type EnginePath = 'json' | 'compact';

/** One path's engine, from the bytes in `file` (the JSON text, or the compact bundle). */
function engineFrom(path: EnginePath, bytes: Uint8Array): unknown {
  if (path === 'json') return loadBundleEngine(JSON.parse(new TextDecoder().decode(bytes)) as Bundle);
  const decoded = decodeCompactBundle(bytes);
  if (!decoded) throw new Error('the compact bundle did not decode');
  return createEngineWithIndex(decoded.bundle.content, decoded.index);
}

/** The median time of `path`'s first engine in fresh processes (this file run with --first). */
function coldEngineMs(path: EnginePath, file: string): number {
  const samples = Array.from({ length: COLD_RUNS }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--first', path, file], {
      encoding: 'utf8',
    });
    const value = Number(child.stdout.trim());
    if (child.status !== 0 || !Number.isFinite(value)) throw new Error(`first-load run failed: ${child.stderr}`);
    return value;
  });
  return stats(samples).median;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export async function measureCompactBundle(base: Content, topics: number): Promise<CompactBundleResult> {
  const content = syntheticContent(base, { topicCount: topics, seed: 42 });
  const bundle = JSON.parse(JSON.stringify(compileBundle(content, { version: 1, publishedAt: '2026-12-01T00:00:00.000Z' }))) as Bundle;
  const text = JSON.stringify(bundle);
  const compact = encodeCompactBundle(bundle);
  const textBytes = new TextEncoder().encode(text);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'compact-bundle-'));
  const files = { json: path.join(folder, 'bundle.json'), compact: path.join(folder, 'bundle.bin') };
  writeFileSync(files.json, textBytes);
  writeFileSync(files.compact, compact);
  const coldJsonEngineMs = coldEngineMs('json', files.json);
  const coldCompactEngineMs = coldEngineMs('compact', files.compact);
  rmSync(folder, { recursive: true });

  // Alternated, so that a busy moment of the machine slows both.
  const jsonSamples: number[] = [];
  const compactSamples: number[] = [];
  for (let r = 0; r < REPEAT + 1; r++) {
    jsonSamples.push(time(() => engineFrom('json', textBytes)));
    compactSamples.push(time(() => engineFrom('compact', compact)));
  }
  return {
    topics,
    jsonGzip: (await gzip(textBytes)).length,
    compactBytes: compact.length,
    compactGzip: (await gzip(compact)).length,
    // The first of each is left out: it is the cold time, measured above.
    jsonEngineMs: stats(jsonSamples.slice(1)),
    compactEngineMs: stats(compactSamples.slice(1)),
    coldJsonEngineMs,
    coldCompactEngineMs,
  };
}

export function compactBundleTargets(results: readonly CompactBundleResult[]): Target[] {
  return results.map((result) => ({
    name: `compact bundle for the widget, synthetic ${result.topics} topics, gzipped (KB = 1,000 bytes)`,
    value:
      `${kb(result.compactGzip)} KB (JSON bundle ${kb(result.jsonGzip)} KB). Engine from it: first load ${ms(result.coldCompactEngineMs)} ms, ` +
      `${(result.coldCompactEngineMs / result.coldJsonEngineMs).toFixed(2)} × JSON.parse + loadBundleEngine's ${ms(result.coldJsonEngineMs)} ms; ` +
      `warm median ${ms(result.compactEngineMs.median)} ms, ${(result.compactEngineMs.median / result.jsonEngineMs.median).toFixed(2)} × ${ms(result.jsonEngineMs.median)} ms`,
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

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--first') {
  const [enginePath, file] = process.argv.slice(3) as [EnginePath, string];
  const bytes = new Uint8Array(readFileSync(file));
  console.log(time(() => engineFrom(enginePath, bytes)));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const parsed = parseContent(JSON.parse(readFileSync(new URL('../data/voorbeeldstad.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('data/voorbeeldstad.json is invalid');
  const { targets } = await compactBundleReport(parsed.content);
  for (const t of targets) console.log(`${t.met ? 'met    ' : 'NOT MET'}  ${t.name}: ${t.value} (target ${t.target})`);
}
