/**
 * Runs the real worker the way a developer does (`npm start`, scripts/start.ts): build, D1 migrations
 * into a fresh directory, the Voorbeeldstad seed, `wrangler dev`. The build is skipped when
 * dist/public is newer than its sources (`npm test` has just built). Stops the whole process group.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsCurrent } from './build-is-current';

export interface RunningServer {
  /** Origin without a trailing slash, e.g. "http://localhost:41234". */
  url: string;
  stop: () => Promise<void>;
}

/** The publisher token for every tenant that the started worker accepts (never a real secret). */
export const TEST_ADMIN_TOKEN = 'browser-test-admin-token-0123456789abcdef';

export interface StartServerOptions {
  /** How long the build, the migrations and wrangler may take before we give up. */
  timeoutMs?: number;
}

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
/** Keep the tail of the server's output for the error message when it does not come up. */
const MAX_LOG_CHARS = 8_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startServer({ timeoutMs = 120_000 }: StartServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const persistTo = await mkdtemp(join(tmpdir(), 'loketwijzer-browser-'));
  const url = `http://localhost:${port}`;
  const skipBuild = (await buildIsCurrent(REPO_ROOT)) ? ['--skip-build'] : [];
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/start.ts',
      '--port',
      String(port),
      '--persist-to',
      persistTo,
      '--admin-token',
      TEST_ADMIN_TOKEN,
      ...skipBuild,
    ],
    {
      cwd: REPO_ROOT,
      // Its own process group, so that stop() also ends wrangler and workerd.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    },
  );

  let log = '';
  const keepLog = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-MAX_LOG_CHARS);
  };
  child.stdout.on('data', keepLog);
  child.stderr.on('data', keepLog);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const stop = async () => {
    if (!hasExited && child.pid !== undefined) {
      signalGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child.pid as number, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      // wrangler may leave workerd behind after its own exit; the group still names it.
      signalGroup(child.pid, 'SIGKILL');
    }
    await rm(persistTo, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await isHealthy(url))) {
    if (hasExited || Date.now() > deadline) {
      const why = hasExited ? `exited with code ${await exited}` : `did not answer /healthz within ${timeoutMs} ms`;
      await stop();
      throw new Error(`scripts/start.ts ${why}. Its last output:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
