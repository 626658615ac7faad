/**
 * Builds everything the worker serves as static assets into dist/public:
 * the widget (/widget.js and its lazy chunks), the demo pages (/ and /balie) and /ontvangst. Each step is a
 * named async function, so later steps (the admin app) slot into the list.
 *
 * The folder is updated in place rather than emptied first: a running `wrangler dev` keeps
 * serving while a build runs. Chunks of earlier builds are removed once the new ones exist.
 */
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// A build is for production whoever starts it: under vitest (NODE_ENV=test) Vite would otherwise
// resolve the "development" export conditions and ship Lit's and Preact's dev builds.
process.env.NODE_ENV = 'production';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/public`;

/** The names of the files a Vite build wrote, relative to its output folder. */
function writtenFiles(result: Awaited<ReturnType<typeof build>>): Set<string> {
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  return new Set(outputs.map((file) => file.fileName));
}

async function prepareOutput() {
  await mkdir(outDir, { recursive: true });
}

async function buildWidget() {
  const result = await build({ configFile: `${root}vite.config.ts` });
  const written = writtenFiles(result);
  for (const name of await readdir(outDir)) {
    if (/^widget-.+\.js$/.test(name) && !written.has(name)) await rm(`${outDir}/${name}`);
  }
}

/** The script of /ontvangst, where the receiving counter confirms a referral: its own small module. */
async function buildReceivePage() {
  await build({ configFile: `${root}vite.config.ts`, mode: 'ontvangst' });
}

/** Plain HTML, CSS and a small script: copied as they are, no inline scripts or styles (strict CSP). */
async function copyPages() {
  await cp(`${root}widget/pages`, outDir, { recursive: true });
}

/** The admin app under /admin: admin/index.html and its hashed assets, stale ones removed afterwards. */
async function buildAdmin() {
  const result = await build({ configFile: `${root}admin/vite.config.ts` });
  const written = writtenFiles(result);
  const assetsDir = `${outDir}/admin/assets`;
  for (const name of await readdir(assetsDir)) {
    if (!written.has(`assets/${name}`)) await rm(`${assetsDir}/${name}`);
  }
}

const steps = [prepareOutput, buildWidget, buildReceivePage, copyPages, buildAdmin];

for (const step of steps) {
  const started = performance.now();
  await step();
  console.log(`build: ${step.name} ${Math.round(performance.now() - started)} ms`);
}
