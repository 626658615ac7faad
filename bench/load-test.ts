/**
 * The load test of `npm run bench`: `npm start` on a free loopback port with a fresh local D1
 * holding `--tenants` synthetic tenants of `--topics` topics (npm run seed:synthetic), then
 * autocannon against `/route` (every tenant and alias in random order, mixed questions) and
 * against `/healthz`, with the same connections for the same time. Returns requests/s, p50/p99
 * latency, errors, and the route/healthz cost ratio (from mean latency at equal concurrency).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result as AutocannonResult } from 'autocannon';
import { getPlatformProxy } from 'wrangler';
import { seededRandom } from './synthetic-content';

export interface LoadOptions {
  tenants: number;
  topics: number;
  connections: number;
  /** Seconds per run. */
  duration: number;
  questions: readonly string[];
}

export interface LoadStats {
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p99: number };
  requests: number;
  errors: number;
  non2xx: number;
}

export interface LoadResult {
  tenants: number;
  aliases: number;
  topics: number;
  connections: number;
  durationSeconds: number;
  route: LoadStats;
  healthz: LoadStats;
  /** route mean latency / healthz mean latency; the target is ≤ 1.10. */
  routeToHealthz: number;
  /** The same against a few tenants, whose engines all fit in the isolate's LRU: the cost of a hit. */
  hot: { tenants: number; route: LoadStats; routeToHealthz: number };
  /** The machine's 1-minute load average as each measured run started: the ratio moves with it. */
  loadAverage: { healthzBefore: number; route: number; hotRoute: number; healthzAfter: number };
}

/** Few enough that their engines all stay loaded (worker/engines/engine-budget.ts, MAX_ENGINE_BYTES). */
const HOT_TENANTS = 20;

const ROOT = new URL('../', import.meta.url).pathname;
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const quietEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(args: string[], label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: quietEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed with exit code ${code}`))));
  });
}

async function waitForHealth(origin: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${origin}/healthz did not answer within ${timeoutMs / 1000} s`);
}

/** The part of D1 this file uses: bench has Node's types, not the Workers types. */
interface QueryOnly {
  prepare: (sql: string) => { raw: <T>() => Promise<T[]> };
}

/** Tenant ids and aliases in the seeded database: every name a municipality's page may use. */
async function tenantNames(persistTo: string): Promise<{ tenants: string[]; aliases: string[] }> {
  const platform = await getPlatformProxy<{ DB: QueryOnly }>({ persist: { path: join(persistTo, 'v3') }, remoteBindings: false });
  const column = async (sql: string) => (await platform.env.DB.prepare(sql).raw<[string]>()).map(([value]) => value);
  try {
    return {
      tenants: await column('SELECT id FROM tenants WHERE published_version IS NOT NULL ORDER BY id'),
      aliases: await column('SELECT alias FROM tenant_aliases ORDER BY alias'),
    };
  } finally {
    await platform.dispose();
  }
}

function toStats(result: AutocannonResult): LoadStats {
  return {
    requestsPerSecond: result.requests.average,
    latencyMs: { mean: result.latency.mean, p50: result.latency.p50, p99: result.latency.p99 },
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Two runs of half the duration as one. */
function combine(a: LoadStats, b: LoadStats): LoadStats {
  const mean = (x: number, y: number) => (x + y) / 2;
  return {
    requestsPerSecond: mean(a.requestsPerSecond, b.requestsPerSecond),
    latencyMs: {
      mean: mean(a.latencyMs.mean, b.latencyMs.mean),
      p50: mean(a.latencyMs.p50, b.latencyMs.p50),
      p99: Math.max(a.latencyMs.p99, b.latencyMs.p99),
    },
    requests: a.requests + b.requests,
    errors: a.errors + b.errors,
    non2xx: a.non2xx + b.non2xx,
  };
}

function hammer(
  url: string,
  connections: number,
  duration: number,
  setupRequest?: (request: { path: string }) => { path: string },
): Promise<LoadStats> {
  const requests = setupRequest ? [{ method: 'GET', setupRequest }] : undefined;
  return autocannon({ url, connections, duration, requests }).then(toStats);
}

export async function loadTest({ tenants, topics, connections, duration, questions }: LoadOptions): Promise<LoadResult> {
  const persistTo = await mkdtemp(join(tmpdir(), 'loketwijzer-bench-'));
  let server: ChildProcess | null = null;
  try {
    await run([WRANGLER, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], 'migrations');
    await run(
      ['--import', 'tsx', 'scripts/seed-synthetic.ts', '--tenants', String(tenants), '--topics', String(topics), '--persist-to', persistTo],
      'seed:synthetic',
    );
    const names = await tenantNames(persistTo);
    const everyName = [...names.tenants, ...names.aliases];

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--port', String(port), '--persist-to', persistTo], {
      cwd: ROOT,
      env: quietEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // It builds first: on a machine shared by many (load average 20) that took over 90 s.
    await waitForHealth(origin, server, 300_000);

    const random = seededRandom(99);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const routeRequest = (among: readonly string[]) => (request: { path: string }) => ({
      ...request,
      path: `/api/v1/tenants/${pick(among)}/route?q=${encodeURIComponent(pick(questions))}`,
    });
    const hotNames = names.tenants.slice(0, HOT_TENANTS);

    // Every tenant and alias asked once first: a version's routing bundle is compiled once, on its
    // first request after publishing, and then kept in the Cache API for a year. Without this the
    // 15 s run spent most of its time on those one-off compiles (342 of them, 20-50 ms each) instead
    // of the steady state the target is about: engines evicted from the isolate's budget and loaded
    // again from the cached bytes.
    await compileEveryVersion(origin, everyName, connections);
    // A short warm-up of both, so neither run pays for wrangler's first requests.
    await hammer(origin, connections, 2, routeRequest(everyName));
    await hammer(`${origin}/healthz`, connections, 2);
    // healthz before and after the route runs: the machine's other load drifts during a bench.
    const loadAverage = { healthzBefore: os.loadavg()[0]!, route: 0, hotRoute: 0, healthzAfter: 0 };
    const healthzBefore = await hammer(`${origin}/healthz`, connections, duration / 2);
    loadAverage.route = os.loadavg()[0]!;
    const route = await hammer(origin, connections, duration, routeRequest(everyName));
    await hammer(origin, connections, 2, routeRequest(hotNames));
    loadAverage.hotRoute = os.loadavg()[0]!;
    const hotRoute = await hammer(origin, connections, duration, routeRequest(hotNames));
    loadAverage.healthzAfter = os.loadavg()[0]!;
    const healthz = combine(healthzBefore, await hammer(`${origin}/healthz`, connections, duration / 2));

    return {
      tenants: names.tenants.length,
      aliases: names.aliases.length,
      topics,
      connections,
      durationSeconds: duration,
      route,
      healthz,
      routeToHealthz: route.latencyMs.mean / healthz.latencyMs.mean,
      hot: { tenants: hotNames.length, route: hotRoute, routeToHealthz: hotRoute.latencyMs.mean / healthz.latencyMs.mean },
      loadAverage,
    };
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await rm(persistTo, { recursive: true, force: true });
  }
}

/** One /route request per tenant or alias, `connections` at a time. */
async function compileEveryVersion(origin: string, names: readonly string[], connections: number): Promise<void> {
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const response = await fetch(`${origin}/api/v1/tenants/${name}/route?q=paspoort`);
      if (!response.ok) throw new Error(`warming ${name}: /route answered ${response.status}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
}
