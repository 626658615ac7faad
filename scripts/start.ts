/**
 * `npm start [-- --port N] [-- --persist-to DIR]`: Loketwijzer on your machine, with no account,
 * no network and no manual step. It builds the static assets, applies the D1 migrations to the
 * local database, seeds Voorbeeldstad when it is missing, writes `.dev.vars` with a random
 * ADMIN_TOKEN when that file is missing, starts `wrangler dev`, and prints the URLs once /healthz
 * answers. Ctrl-C (or SIGTERM) stops wrangler, and this script exits with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { parseArgs } from 'node:util';
import { applyMigrationsArgs, persistArgs, WRANGLER } from './local-d1';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    // Default: wrangler's own .wrangler/state. The browser tests pass a fresh temporary directory.
    'persist-to': { type: 'string' },
    // The browser tests pass a fixed token: wrangler dev gets it as a var (which wins over .dev.vars),
    // and no .dev.vars is written.
    'admin-token': { type: 'string' },
    // The browser tests pass this when dist/public is newer than every file it is built from
    // (`npm test` has just built it): wrangler dev then serves that build as it is.
    'skip-build': { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a whole number from 1 to 65535, not "${values.port}".`);
  process.exit(2);
}
const persistToArgs = persistArgs(values['persist-to']);
const origin = `http://localhost:${port}`;

// No metrics, and no download of Cloudflare's `Request.cf` sample (workers.cloudflare.com/cf.json):
// offline that printed a getaddrinfo stack trace twice, and miniflare's built-in placeholder serves as well.
const childEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };

/** The child that runs now, so a signal reaches whatever step we are in. */
let current: ChildProcess | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (current) current.kill(signal);
    else process.exit(exitCode(null, signal));
  });
}

/** The exit code of a child: its own, or 128 + the signal's number as a shell reports it. */
function exitCode(code: number | null, signal: NodeJS.Signals | null): number {
  return code ?? 128 + (signal === null ? 0 : constants.signals[signal]);
}

function start(command: string, args: string[]): Promise<number> {
  // stdin is not passed on: wrangler then takes the defaults instead of asking questions.
  const child = spawn(command, args, { env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  current = child;
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      current = null;
      resolve(exitCode(code, signal));
    });
  });
}

async function step(command: string, args: string[]): Promise<void> {
  const code = await start(command, args);
  if (code !== 0) {
    console.error(`\n"${[command, ...args].join(' ')}" failed (exit code ${code}).`);
    process.exit(code);
  }
}

async function whenHealthy(stillRunning: () => boolean): Promise<boolean> {
  while (stillRunning()) {
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const DEV_VARS = '.dev.vars';

/**
 * wrangler dev reads local secrets from .dev.vars (git-ignored). A missing file gets a random
 * ADMIN_TOKEN: an all-tenants publisher token for the admin at /admin. An existing file is the
 * developer's own and stays as it is.
 */
async function ensureDevVars() {
  const token = randomBytes(32).toString('base64url');
  const text = `# Written by npm start. Local secrets for wrangler dev; never commit this file.\n# ADMIN_TOKEN: publisher for every tenant. Paste it in the admin at /admin.\nADMIN_TOKEN=${token}\n`;
  try {
    await writeFile(DEV_VARS, text, { flag: 'wx', mode: 0o600 });
    console.log(`Wrote ${DEV_VARS} with a new ADMIN_TOKEN.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

const adminTokenArgs = values['admin-token'] ? ['--var', `ADMIN_TOKEN:${values['admin-token']}`] : [];
if (adminTokenArgs.length === 0) await ensureDevVars();
if (values['skip-build']) console.log('Build skipped (--skip-build): serving dist/public as it is.');
else await step('npm', ['run', 'build']);
await step(process.execPath, applyMigrationsArgs(values['persist-to']));
await step(process.execPath, ['--import', 'tsx', 'scripts/seed-tenant.ts', ...persistToArgs]);

const devExit = start(process.execPath, [
  WRANGLER,
  'dev',
  '--port',
  String(port),
  '--show-interactive-dev-session=false',
  // The nightly job (retention, reduction of stored text) can be run by hand at /__scheduled; this
  // also keeps wrangler from warning that cron triggers do not fire by themselves locally.
  '--test-scheduled',
  ...persistToArgs,
  ...adminTokenArgs,
]);
let devRunning = true;
void devExit.then(() => (devRunning = false));

if (await whenHealthy(() => devRunning)) {
  console.log(`
Loketwijzer runs on ${origin} with the example tenant voorbeeldstad.

  Demo municipal page (resident widget)  ${origin}/
  Desk page                              ${origin}/balie
  Receiving counter (confirm a referral) ${origin}/ontvangst
  Admin                                  ${origin}/admin
    sign in with ADMIN_TOKEN from ${DEV_VARS} (every tenant, publisher);
    more tokens: npm run token -- --tenant voorbeeldstad --role editor --label "Anna"
  Route API                              ${origin}/api/v1/tenants/voorbeeldstad/route?q=ik%20heb%20schulden
  Bundle                                 ${origin}/api/v1/tenants/voorbeeldstad/bundle
  HSDS 3.0 API                           ${origin}/api/v1/tenants/voorbeeldstad/hsds/services
  OpenAPI document                       ${origin}/api/v1/openapi.json
  Nightly job, run it now                curl ${origin}/__scheduled

Press Ctrl-C to stop.
`);
}
process.exit(await devExit);
