/**
 * Heap bytes per loaded engine, for a synthetic tenant of `--topics` topics: loads N engines from
 * their serialised bundles (each tenant different, as in an isolate serving many) and divides
 * the growth of `heapUsed` after a full GC. `--kind routing` loads what the worker keeps (the
 * routing bundle, core/bundle/routing-bundle.ts), `--kind full` what the widget and the admin
 * load (the whole bundle). Run by bench/run.ts in a child process, because it needs
 * `node --expose-gc`; prints one JSON line.
 *   node --expose-gc --import tsx bench/engine-memory.ts --topics 300 --engines 40 --kind routing
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import type { Bundle } from '../core/bundle/bundle';
import { compileBundle } from '../core/bundle/compile-bundle';
import { engineFromBundle } from '../core/bundle/engine-from-bundle';
import { routingBundle } from '../core/bundle/routing-bundle';
import { parseContent } from '../core/content/parse-content';
import type { Engine } from '../core/routing/engine';
import { syntheticContent } from './synthetic-content';

export type EngineKind = 'routing' | 'full';

export interface EngineMemory {
  kind: EngineKind;
  topics: number;
  engines: number;
  /** Median over rounds of (heap growth / engines), in bytes. */
  bytesPerEngine: number;
  /** Mean length of the bundle JSON the engines were loaded from, in characters. */
  bundleChars: number;
  /** bytesPerEngine / bundleChars: what the worker's LRU multiplies a bundle's length by. */
  bytesPerBundleChar: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('bench/engine-memory.ts needs node --expose-gc');

function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

const { values } = parseArgs({
  options: { topics: { type: 'string', default: '300' }, engines: { type: 'string', default: '40' }, rounds: { type: 'string', default: '5' }, kind: { type: 'string', default: 'routing' } },
});
const kind: EngineKind = values.kind === 'full' ? 'full' : 'routing';
const topics = Number(values.topics);
const count = Number(values.engines);
const rounds = Number(values.rounds);

const parsed = parseContent(JSON.parse(readFileSync(new URL('../data/voorbeeldstad.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/voorbeeldstad.json is invalid');
const bundles = Array.from({ length: count }, (_, i) => {
  const bundle = compileBundle(syntheticContent(parsed.content, { topicCount: topics, seed: 100 + i }), { version: 1, publishedAt: '2026-01-01T00:00:00.000Z' });
  return JSON.stringify(kind === 'routing' ? routingBundle(bundle) : bundle);
});

const perEngine: number[] = [];
for (let round = 0; round < rounds; round++) {
  const before = heapAfterGc();
  const held: Engine[] = bundles.map((json) => engineFromBundle(JSON.parse(json) as Bundle));
  // Routed once, as in the worker: lazily built structures count too.
  for (const engine of held) engine.route('ik heb schulden');
  const after = heapAfterGc();
  perEngine.push((after - before) / held.length);
  held.length = 0;
}
perEngine.sort((a, b) => a - b);
const bytesPerEngine = Math.round(perEngine[Math.floor(perEngine.length / 2)] ?? NaN);
const bundleChars = Math.round(bundles.reduce((sum, json) => sum + json.length, 0) / bundles.length);
const result: EngineMemory = { kind, topics, engines: count, bytesPerEngine, bundleChars, bytesPerBundleChar: bytesPerEngine / bundleChars };
console.log(JSON.stringify(result));
