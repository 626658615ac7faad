/**
 * Memory per loaded engine, for a synthetic tenant of `--topics` topics: loads N engines from
 * their serialised bundles (each tenant different, as in an isolate serving many) and divides
 * the growth of `heapUsed` plus `arrayBuffers` after a full GC (ArrayBuffers live outside the
 * JS heap but count against an isolate's memory all the same). `--kind routing` loads what the
 * worker keeps (the binary routing bundle, core/bundle/routing-bundle-bytes.ts, each engine on
 * its own copy of the bytes as a cache read gives it), `--kind full` what the widget and the
 * admin load (the whole bundle, JSON). Run by bench/run.ts in a child process, because it needs
 * `node --expose-gc`; prints one JSON line. With `--read-content` each engine's whole content is
 * read too, with the tenant's words that the worker reduces free text with (as a write with free
 * text does in the worker: worker/engines/tenant-engines.ts `tenantContent`).
 *   node --expose-gc --import tsx bench/engine-memory.ts --topics 300 --engines 40 --kind routing [--read-content]
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import type { Bundle } from '../core/bundle/bundle';
import { compileBundle } from '../core/bundle/compile-bundle';
import { engineFromBundle } from '../core/bundle/engine-from-bundle';
import { encodeRoutingBundle, engineFromRoutingBytes } from '../core/bundle/routing-bundle-bytes';
import { parseContent } from '../core/content/parse-content';
import type { Engine } from '../core/routing/engine';
import { tenantWordsOf } from '../worker/referrals/stored-text';
import { syntheticContent } from './synthetic-content';

export type EngineKind = 'routing' | 'full';

export interface EngineMemory {
  kind: EngineKind;
  topics: number;
  engines: number;
  /** Whether each engine's whole content (and the tenant's words) was read after its route. */
  readContent: boolean;
  /** Median over rounds of (heap growth / engines), in bytes. */
  bytesPerEngine: number;
  /** Mean size of what the engines were loaded from: bytes of the routing bundle, characters of the bundle JSON. */
  bundleSize: number;
  /** bytesPerEngine / bundleSize: for the routing kind, what the worker's LRU multiplies a routing bundle's bytes by. */
  bytesPerBundleUnit: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('bench/engine-memory.ts needs node --expose-gc');

function memoryAfterGc(): number {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const { values } = parseArgs({
  options: {
    topics: { type: 'string', default: '300' },
    engines: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '5' },
    kind: { type: 'string', default: 'routing' },
    'read-content': { type: 'boolean', default: false },
  },
});
const kind: EngineKind = values.kind === 'full' ? 'full' : 'routing';
const topics = Number(values.topics);
const count = Number(values.engines);
const rounds = Number(values.rounds);
const readContent = values['read-content'];

const parsed = parseContent(JSON.parse(readFileSync(new URL('../data/voorbeeldstad.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/voorbeeldstad.json is invalid');
const bundles = Array.from({ length: count }, (_, i) =>
  compileBundle(syntheticContent(parsed.content, { topicCount: topics, seed: 100 + i }), {
    version: 1,
    publishedAt: '2026-01-01T00:00:00.000Z',
  }),
);
const sources: (string | ArrayBuffer)[] = bundles.map((bundle) =>
  kind === 'routing' ? encodeRoutingBundle(bundle) : JSON.stringify(bundle),
);
const load = (source: string | ArrayBuffer): Engine => {
  if (typeof source === 'string') return engineFromBundle(JSON.parse(source) as Bundle);
  const engine = engineFromRoutingBytes(source.slice(0));
  if (engine === null) throw new Error('routing bytes of this very build were refused');
  return engine;
};

const perEngine: number[] = [];
for (let round = 0; round < rounds; round++) {
  const before = memoryAfterGc();
  const held: Engine[] = sources.map(load);
  // Routed once, as in the worker: lazily built structures count too.
  for (const engine of held) engine.route('ik heb schulden');
  if (readContent) for (const engine of held) tenantWordsOf(engine.content);
  const after = memoryAfterGc();
  perEngine.push((after - before) / held.length);
  held.length = 0;
}
perEngine.sort((a, b) => a - b);
const bytesPerEngine = Math.round(perEngine[Math.floor(perEngine.length / 2)] ?? NaN);
const sizeOf = (source: string | ArrayBuffer) => (typeof source === 'string' ? source.length : source.byteLength);
const bundleSize = Math.round(sources.reduce((sum, source) => sum + sizeOf(source), 0) / sources.length);
const result: EngineMemory = {
  kind,
  topics,
  engines: count,
  readContent,
  bytesPerEngine,
  bundleSize,
  bytesPerBundleUnit: bytesPerEngine / bundleSize,
};
console.log(JSON.stringify(result));
