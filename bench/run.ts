/**
 * `npm run bench [-- --no-load]`: routing latency, suggest latency, index build versus load time and bundle
 * size, for Voorbeeldstad and a synthetic 3,000-topic tenant; suggest latency per keystroke on
 * a synthetic 1,000-topic tenant; and the widget's download size, read from dist/public after
 * `npm run build` (skipped when there is no build). Medians and p99 over many runs, never a
 * single timing. Also written to bench/results.json with the machine it ran on.
 *
 * For national scale (issue 6), a synthetic 300-topic tenant: route time, engine load time from
 * the serialised bundle, heap per loaded engine (bench/engine-memory.ts, in a child process with
 * --expose-gc), bundle size; and a load test of `npm start` with 342 synthetic tenants
 * (bench/load-test.ts, skipped with --no-load). Each is judged against its target.
 */
import { spawnSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Bundle } from '../core/bundle/bundle';
import { compileBundle } from '../core/bundle/compile-bundle';
import { encodeRoutingBundle, engineFromRoutingBytes } from '../core/bundle/routing-bundle-bytes';
import { engineFromBundle } from '../core/bundle/engine-from-bundle';
import { parseContent } from '../core/content/parse-content';
import type { Content } from '../core/content/schema';
import { parseQuestionsTsv } from '../core/io/questions-tsv';
import { createEngine } from '../core/routing/create-engine';
import {
  CONTENT_MEMORY_PER_ROUTING_BYTE,
  estimatedEngineBytes,
  MAX_ENGINE_BYTES,
  MEMORY_PER_ROUTING_BYTE,
} from '../worker/engines/engine-budget';
import type { EngineKind, EngineMemory } from './engine-memory';
import { loadTest, type LoadResult } from './load-test';
import { syntheticContent, syntheticQuestions } from './synthetic-content';
import { reductionTarget, measureFreeTextReduction } from './free-text-reduction';
import { compactBundleReport } from './compact-bundle';
import { ms, stats, time, timeEach, type Stats, type Target } from './timing';
import { firstAnswerTarget, measureWidgetSize } from './widget-size';
import { loadAverageNow, readRunHistory, withRun } from './run-history';

interface TenantResult {
  tenant: string;
  topics: number;
  routeMs: Stats;
  /** When the timed routes ran (performance.now()), to count the collections in between. */
  routePhase: { start: number; end: number; routes: number };
  /** Garbage collections (any kind) per 1,000 timed routes, and their total pause. */
  gc?: { perThousandRoutes: number; pauseMs: number };
  /** Per question the fastest of its repeats, then over questions: the engine's own cost, without GC pauses or a busy CPU. */
  routeBestMs: Stats;
  suggestMs: Stats;
  buildMs: Stats;
  loadMs: Stats;
  /** What a worker miss loads: the binary routing bundle (core/bundle/routing-bundle-bytes.ts). */
  routingLoadMs: Stats;
  /** The same, and its first route. */
  routingLoadAndRouteMs: Stats;
  /** Routes on the engine over the binary routing bundle, as the worker routes: raw timings. */
  routingRouteMs: Stats;
  rebuildFromBundleMs: Stats;
  firstRouteAfterLoadMs: Stats;
  loadToBuildRatio: number;
  bundleBytes: {
    withIndex: number;
    withIndexGzip: number;
    withoutIndex: number;
    withoutIndexGzip: number;
    routing: number;
    routingGzip: number;
  };
}

/** Every garbage collection of this process, in performance.now() time: the route p99 follows them. */
const collections: { startTime: number; duration: number }[] = [];
new PerformanceObserver((list) =>
  collections.push(...list.getEntries().map(({ startTime, duration }) => ({ startTime, duration }))),
).observe({ entryTypes: ['gc'] });

function timeRepeated(run: () => unknown, repeat: number): number[] {
  run();
  return Array.from({ length: repeat }, () => time(run));
}

function readQuestions(path: string): string[] {
  return parseQuestionsTsv(readFileSync(path, 'utf8')).map(({ question }) => question);
}

function measureTenant(name: string, content: Content, questions: string[], repeats: { index: number; route: number }): TenantResult {
  const engine = createEngine(content);
  const routeStart = performance.now();
  const routeSamples = timeEach(questions, (question) => engine.route(question), repeats.route);
  const routePhase = { start: routeStart, end: performance.now(), routes: routeSamples.length + questions.length };
  const routeMs = stats(routeSamples);
  // timeEach runs every question once per repeat, in order: sample i is question i % questions.length.
  const routeBestMs = stats(questions.map((_, q) => Math.min(...routeSamples.filter((__, i) => i % questions.length === q))));
  const prefixes = questions.flatMap((question) => [question.slice(0, 2), question.slice(0, 5), question.slice(0, 12)]);
  const suggestMs = stats(timeEach(prefixes, (prefix) => engine.suggest(prefix), repeats.route));

  const meta = { version: 1, publishedAt: '2025-01-01T00:00:00.000Z' };
  const compiled = compileBundle(content, meta);
  const withoutIndex: Bundle = { ...compiled, index: null };
  const withIndexJson = JSON.stringify(compiled);
  const withoutIndexJson = JSON.stringify(withoutIndex);
  const routingBytes = encodeRoutingBundle(compiled);

  const buildMs = stats(timeRepeated(() => createEngine(content), repeats.index));
  const loadMs = stats(timeRepeated(() => engineFromBundle(JSON.parse(withIndexJson) as Bundle), repeats.index));
  const routingLoadMs = stats(timeRepeated(() => engineFromRoutingBytes(routingBytes), repeats.index * 5));
  const rebuildFromBundleMs = stats(timeRepeated(() => engineFromBundle(JSON.parse(withoutIndexJson) as Bundle), repeats.index));
  const firstQuestion = questions[0] ?? 'ik heb schulden';
  const routingLoadAndRouteMs = stats(timeRepeated(() => engineFromRoutingBytes(routingBytes)?.route(firstQuestion), repeats.index * 5));
  const routingEngine = engineFromRoutingBytes(routingBytes);
  if (routingEngine === null) throw new Error('routing bytes of this very build were refused');
  const routingRouteMs = stats(timeEach(questions, (question) => routingEngine.route(question), repeats.route));
  const firstRouteAfterLoadMs = stats(
    timeRepeated(() => engineFromBundle(JSON.parse(withIndexJson) as Bundle).route(firstQuestion), repeats.index),
  );

  return {
    tenant: name,
    topics: content.topics.length,
    routeMs,
    routePhase,
    routeBestMs,
    suggestMs,
    buildMs,
    loadMs,
    routingLoadMs,
    routingLoadAndRouteMs,
    routingRouteMs,
    rebuildFromBundleMs,
    firstRouteAfterLoadMs,
    loadToBuildRatio: loadMs.median / rebuildFromBundleMs.median,
    bundleBytes: {
      withIndex: Buffer.byteLength(withIndexJson),
      withIndexGzip: gzipSync(withIndexJson).length,
      withoutIndex: Buffer.byteLength(withoutIndexJson),
      withoutIndexGzip: gzipSync(withoutIndexJson).length,
      routing: routingBytes.byteLength,
      routingGzip: gzipSync(new Uint8Array(routingBytes)).length,
    },
  };
}

/**
 * Search-as-you-type as the desk sees it: one suggest call per keystroke, from the 2nd
 * character of each question to its end. Issue target: p99 under 4 ms at 1,000 topics.
 */
function measureKeystrokes(
  content: Content,
  questions: readonly string[],
  repeat: number,
): { topics: number; keystrokes: number; suggestMs: Stats } {
  const engine = createEngine(content);
  const prefixes = questions.flatMap((question) =>
    Array.from({ length: Math.max(0, question.length - 1) }, (_, i) => question.slice(0, i + 2)),
  );
  return {
    topics: content.topics.length,
    keystrokes: prefixes.length,
    suggestMs: stats(timeEach(prefixes, (prefix) => engine.suggest(prefix), repeat)),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function printTable(results: TenantResult[]): void {
  const header = ['', ...results.map((r) => `${r.tenant} (${r.topics} topics)`)];
  const rows: string[][] = [
    header,
    ['route ms: median / p99', ...results.map((r) => `${ms(r.routeMs.median)} / ${ms(r.routeMs.p99)} (n=${r.routeMs.runs})`)],
    [
      'garbage collections per 1,000 routes (their pause in all)',
      ...results.map((r) => `${r.gc?.perThousandRoutes.toFixed(1)} (${ms(r.gc?.pauseMs ?? NaN)} ms)`),
    ],
    [
      'route ms, best of repeats per question: median / p99',
      ...results.map((r) => `${ms(r.routeBestMs.median)} / ${ms(r.routeBestMs.p99)}`),
    ],
    ['suggest ms: median / p99', ...results.map((r) => `${ms(r.suggestMs.median)} / ${ms(r.suggestMs.p99)} (n=${r.suggestMs.runs})`)],
    [
      'build (createEngine) ms: median / p99',
      ...results.map((r) => `${ms(r.buildMs.median)} / ${ms(r.buildMs.p99)} (n=${r.buildMs.runs})`),
    ],
    ['load bundle with index ms: median / p99', ...results.map((r) => `${ms(r.loadMs.median)} / ${ms(r.loadMs.p99)}`)],
    [
      'load binary routing bundle (worker) ms: median / p99',
      ...results.map((r) => `${ms(r.routingLoadMs.median)} / ${ms(r.routingLoadMs.p99)}`),
    ],
    [
      'route on the binary routing bundle (worker) ms: median / p99',
      ...results.map((r) => `${ms(r.routingRouteMs.median)} / ${ms(r.routingRouteMs.p99)}`),
    ],
    [
      'load binary routing bundle + first route ms: median / p99',
      ...results.map((r) => `${ms(r.routingLoadAndRouteMs.median)} / ${ms(r.routingLoadAndRouteMs.p99)}`),
    ],
    [
      'load bundle without index ms: median / p99',
      ...results.map((r) => `${ms(r.rebuildFromBundleMs.median)} / ${ms(r.rebuildFromBundleMs.p99)}`),
    ],
    ['load with index + first route ms: median', ...results.map((r) => ms(r.firstRouteAfterLoadMs.median))],
    ['load with / without index (median ratio)', ...results.map((r) => r.loadToBuildRatio.toFixed(2))],
    ['bundle with index: raw / gzip', ...results.map((r) => `${kib(r.bundleBytes.withIndex)} / ${kib(r.bundleBytes.withIndexGzip)}`)],
    [
      'binary routing bundle (worker): bytes / gzip',
      ...results.map((r) => `${kib(r.bundleBytes.routing)} / ${kib(r.bundleBytes.routingGzip)}`),
    ],
    [
      'bundle without index: raw / gzip',
      ...results.map((r) => `${kib(r.bundleBytes.withoutIndex)} / ${kib(r.bundleBytes.withoutIndexGzip)}`),
    ],
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
}

/** Heap per loaded engine: bench/engine-memory.ts needs its own `node --expose-gc`. */
function measureEngineMemory(topics: number, engines: number, kind: EngineKind, readContent = false): EngineMemory {
  const args = [
    '--expose-gc',
    '--import',
    'tsx',
    'bench/engine-memory.ts',
    '--topics',
    String(topics),
    '--engines',
    String(engines),
    '--kind',
    kind,
    ...(readContent ? ['--read-content'] : []),
  ];
  const child = spawnSync(process.execPath, args, {
    cwd: new URL('../', import.meta.url).pathname,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench/engine-memory.ts failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as EngineMemory;
}

/** The municipalities of the load test (bench/load-test.ts). */
const SYNTHETIC_TENANTS = 342;

/** How many engines of this size the worker's LRU keeps loaded. */
function enginesInBudget(memory: EngineMemory): number {
  return Math.floor(MAX_ENGINE_BYTES / estimatedEngineBytes(memory.bundleSize));
}

function scaleTargets(tenant300: TenantResult, memory: EngineMemory, contentMemory: EngineMemory, load: LoadResult | null): Target[] {
  const contentPerByte = (contentMemory.bytesPerEngine - memory.bytesPerEngine) / memory.bundleSize;
  const targets: Target[] = [
    {
      name: 'route p99 in-process, 300 topics',
      value: `${ms(tenant300.routeMs.p99)} ms over ${tenant300.routeMs.runs} routes (best of repeats per question: p99 ${ms(tenant300.routeBestMs.p99)} ms; ${tenant300.gc?.perThousandRoutes.toFixed(1)} collections per 1,000 routes)`,
      target: '< 1 ms',
      met: tenant300.routeMs.p99 < 1,
    },
    {
      name: 'route p99 in-process on the binary routing bundle (the worker’s engine), 300 topics',
      value: `${ms(tenant300.routingRouteMs.p99)} ms over ${tenant300.routingRouteMs.runs} routes (median ${ms(tenant300.routingRouteMs.median)} ms)`,
      target: '< 1 ms',
      met: tenant300.routingRouteMs.p99 < 1,
    },
    {
      name: 'engine load from the serialised index, 300 topics (median): whole bundle (widget, admin)',
      value: `${ms(tenant300.loadMs.median)} ms (p99 ${ms(tenant300.loadMs.p99)})`,
      target: '< 10 ms',
      met: tenant300.loadMs.median < 10,
    },
    {
      name: 'engine load from the binary routing bundle, as the worker loads it, 300 topics (median)',
      value: `${ms(tenant300.routingLoadMs.median)} ms (p99 ${ms(tenant300.routingLoadMs.p99)}; with its first route ${ms(tenant300.routingLoadAndRouteMs.median)} ms)`,
      target: '≤ 0.1 ms',
      met: tenant300.routingLoadMs.median <= 0.1,
    },
    {
      name: 'memory (heap + ArrayBuffers) per loaded 300-topic engine in the worker',
      value: `${(memory.bytesPerEngine / 1024 / 1024).toFixed(2)} MB`,
      target: '< 2 MB',
      met: memory.bytesPerEngine < 2 * 1024 * 1024,
    },
    {
      name: `memory of the engines of ${SYNTHETIC_TENANTS} synthetic 300-topic tenants, measured per engine`,
      value: `${((memory.bytesPerEngine * SYNTHETIC_TENANTS) / 1024 / 1024).toFixed(1)} MB`,
      target: '≤ 40 MB',
      met: memory.bytesPerEngine * SYNTHETIC_TENANTS <= 40 * 1024 * 1024,
    },
    {
      // The worker's LRU weighs engines by this estimate: one that counts too little lets the
      // engines outgrow MAX_ENGINE_BYTES.
      name: 'engine weight the worker estimates (MEMORY_PER_ROUTING_BYTE) against measured, bytes of memory per routing-bundle byte',
      value: `${MEMORY_PER_ROUTING_BYTE} against ${memory.bytesPerBundleUnit.toFixed(2)}; ${enginesInBudget(memory)} such engines fit in ${MAX_ENGINE_BYTES / 1024 / 1024} MB`,
      target: 'estimate ≥ measured',
      met: MEMORY_PER_ROUTING_BYTE >= memory.bytesPerBundleUnit,
    },
    {
      // Counted from the first write that reads the whole content (worker/engines/tenant-engines.ts).
      name: 'weight the worker adds once an engine’s whole content is read (CONTENT_MEMORY_PER_ROUTING_BYTE) against measured, per routing-bundle byte',
      value: `${CONTENT_MEMORY_PER_ROUTING_BYTE} against ${contentPerByte.toFixed(2)}`,
      target: 'estimate ≥ measured',
      met: CONTENT_MEMORY_PER_ROUTING_BYTE >= contentPerByte,
    },
  ];
  if (load) {
    targets.push({
      name: `route / healthz under load, all ${load.tenants} tenants and ${load.aliases} aliases in random order`,
      value: load.routeToHealthz.toFixed(2),
      target: '≤ 1.10',
      met: load.routeToHealthz <= 1.1,
    });
    targets.push({
      name: `route / healthz under load, ${load.hot.tenants} tenants (engines stay loaded)`,
      value: load.hot.routeToHealthz.toFixed(2),
      target: '≤ 1.10',
      met: load.hot.routeToHealthz <= 1.1,
    });
  }
  return targets;
}

function printLoad(load: LoadResult): void {
  console.log(
    `\nload test: ${load.tenants} tenants + ${load.aliases} aliases, ${load.topics} topics, ${load.connections} connections, ${load.durationSeconds} s each` +
      ` (load average ${load.loadAverage.route.toFixed(2)} as the route run started)`,
  );
  const runs = [
    ['/route, all tenants', load.route],
    [`/route, ${load.hot.tenants} tenants`, load.hot.route],
    ['/healthz', load.healthz],
  ] as const;
  for (const [name, stats] of runs) {
    console.log(
      `  ${name.padEnd(22)} ${stats.requestsPerSecond.toFixed(0)} req/s, latency mean ${stats.latencyMs.mean.toFixed(1)} ms, ` +
        `p50 ${stats.latencyMs.p50} ms, p99 ${stats.latencyMs.p99} ms, ${stats.requests} requests, ${stats.errors} errors, ${stats.non2xx} non-2xx`,
    );
  }
}

async function main(): Promise<void> {
  const withLoad = !process.argv.includes('--no-load');
  const loadAverageAtStart = loadAverageNow();
  const parsed = parseContent(JSON.parse(readFileSync(new URL('../data/voorbeeldstad.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`data/voorbeeldstad.json is invalid: ${JSON.stringify(parsed.issues)}`);
  const voorbeeldstad = parsed.content;
  const devQuestions = readQuestions(new URL('../tests/fixtures/questions.dev.tsv', import.meta.url).pathname);
  const extraQuestions = readQuestions(new URL('../tests/fixtures/questions.extra.tsv', import.meta.url).pathname);
  const synthetic = syntheticContent(voorbeeldstad, { topicCount: 3000, seed: 42 });

  const synthetic300 = syntheticContent(voorbeeldstad, { topicCount: 300, seed: 42 });
  const questions300 = [...devQuestions, ...syntheticQuestions(synthetic300, 200, 7)];
  const results = [
    measureTenant('voorbeeldstad', voorbeeldstad, [...devQuestions, ...extraQuestions], { index: 40, route: 10 }),
    measureTenant('synthetic-300', synthetic300, questions300, { index: 100, route: 10 }),
    measureTenant('synthetic', synthetic, [...devQuestions, ...syntheticQuestions(synthetic, 200, 7)], { index: 9, route: 3 }),
  ];
  // The observer hears of collections after the synchronous work: let it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const result of results) {
    const { start, end, routes } = result.routePhase;
    const during = collections.filter(({ startTime }) => startTime >= start && startTime <= end);
    result.gc = { perThousandRoutes: (during.length * 1000) / routes, pauseMs: during.reduce((sum, { duration }) => sum + duration, 0) };
  }
  printTable(results);

  const thousand = syntheticContent(voorbeeldstad, { topicCount: 1000, seed: 42 });
  const keystrokes = measureKeystrokes(thousand, [...devQuestions.slice(0, 20), ...syntheticQuestions(thousand, 40, 11)], 2);
  console.log(
    `\nsuggest per keystroke, synthetic ${keystrokes.topics} topics: median ${ms(keystrokes.suggestMs.median)} ms, ` +
      `p99 ${ms(keystrokes.suggestMs.p99)} ms (n=${keystrokes.suggestMs.runs}; target p99 < 4 ms)`,
  );

  const widget = measureWidgetSize();
  if (widget === null) console.log('\nwidget size: skipped, dist/public/widget.js is missing (run `npm run build` first)');
  else {
    console.log(
      `\nwidget.js with its static imports (${widget.initial.files.join(', ')}): ${kib(widget.initial.bytes)} / ${kib(widget.initial.gzip)} gzip`,
    );
    for (const chunk of widget.lazy) console.log(`  lazy ${chunk.files.join(' + ')}: ${kib(chunk.bytes)} / ${kib(chunk.gzip)} gzip`);
  }

  const memory = measureEngineMemory(300, 40, 'routing');
  const contentMemory = measureEngineMemory(300, 40, 'routing', true);
  const fullMemory = measureEngineMemory(300, 40, 'full');
  for (const [who, measured] of [
    ['the worker (routing bundle)', memory],
    ['the worker (routing bundle), whole content read', contentMemory],
    ['the widget and admin (whole bundle)', fullMemory],
  ] as const) {
    console.log(
      `\nmemory (heap + ArrayBuffers) per loaded engine in ${who}, synthetic ${measured.topics} topics: ${(measured.bytesPerEngine / 1024 / 1024).toFixed(2)} MB ` +
        `(median of rounds over ${measured.engines} engines; loaded from ${measured.bundleSize} ${measured.kind === 'routing' ? 'bytes' : 'characters'}, ${measured.bytesPerBundleUnit.toFixed(2)} bytes each)`,
    );
  }

  const freeTextReduction = measureFreeTextReduction();
  console.log(
    `\nfree-text reduction per question, ${freeTextReduction.questions} questions: median ${ms(freeTextReduction.ms.median)} ms, ` +
      `p99 ${ms(freeTextReduction.ms.p99)} ms (n=${freeTextReduction.ms.runs}; first call with the word lists ${ms(freeTextReduction.firstCallMs)} ms)`,
  );

  // Before the load test starts its worker: the decode times are in-process.
  const compactBundle = await compactBundleReport(voorbeeldstad);

  const load = withLoad
    ? await loadTest({ tenants: SYNTHETIC_TENANTS, topics: 300, connections: 10, duration: 15, questions: questions300 })
    : null;
  if (load) printLoad(load);

  const tenant300 = results[1];
  if (!tenant300) throw new Error('the 300-topic tenant was not measured');
  const targets = [
    ...scaleTargets(tenant300, memory, contentMemory, load),
    reductionTarget(freeTextReduction),
    firstAnswerTarget(widget),
    ...compactBundle.targets,
  ];
  console.log('\ntargets (issues 6, 10 and 17):');
  for (const t of targets) console.log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.name}: ${t.value} (target ${t.target})`);

  const cpus = os.cpus();
  // The load average says how far other processes on the machine may have stretched the timings.
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: loadAverageNow(),
  };
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${loadAverageAtStart.join(' ')} at the start, ${machine.loadAverage.join(' ')} at the end`,
  );
  const date = new Date().toISOString();
  const resultsPath = new URL('./results.json', import.meta.url);
  const history = withRun(
    readRunHistory(resultsPath),
    {
      date,
      loadAverage: { start: loadAverageAtStart, end: machine.loadAverage },
      withLoadTest: load !== null,
      routeToHealthz: load?.routeToHealthz ?? null,
    },
    targets,
  );
  console.log(`\nlast runs (issue 17: three in a row that meet every target):`);
  for (const run of history.slice(-3)) {
    console.log(
      `  ${run.date}  load average ${run.loadAverage.start[0]} → ${run.loadAverage.end[0]}  route/healthz ${run.routeToHealthz?.toFixed(2) ?? '(no load test)'}  ${run.targetsMet}/${run.targetsTotal} targets met`,
    );
  }
  writeFileSync(
    resultsPath,
    `${JSON.stringify({ machine, date, loadAverageAtStart, results, keystrokes, widget, engineMemory: { worker: memory, workerContentRead: contentMemory, full: fullMemory }, freeTextReduction, compactBundle: compactBundle.results, load, targets, history }, null, 2)}\n`,
  );
}

await main();
