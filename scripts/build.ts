/**
 * Builds everything the worker serves as static assets into dist/public:
 * the widget (/widget.js and its lazy chunks), the demo pages (/ and /balie) and /ontvangst. Each step is a
 * named async function, so later steps (the admin app) slot into the list.
 *
 * The folder is updated in place rather than emptied first: a running `wrangler dev` keeps
 * serving while a build runs. Chunks of earlier builds are removed once the new ones exist.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// A build is for production whoever starts it: under vitest (NODE_ENV=test) Vite would otherwise
// resolve the "development" export conditions and ship Preact's dev build.
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

/** The widget's chunks by name (`engine`, `desk` …), as the last widget build wrote them. */
const widgetChunks = new Map<string, string>();

async function buildWidget() {
  const result = await build({ configFile: `${root}vite.config.ts` });
  const written = writtenFiles(result);
  for (const name of written) {
    const chunk = /^widget-(.+)-[\w-]{8}\.js$/.exec(name);
    if (chunk?.[1]) widgetChunks.set(chunk[1], name);
  }
  for (const name of await readdir(outDir)) {
    if (/^widget-.+\.js$/.test(name) && !written.has(name)) await rm(`${outDir}/${name}`);
  }
}

/** The script of /ontvangst, where the receiving counter confirms a referral: its own small module. */
async function buildReceivePage() {
  await build({ configFile: `${root}vite.config.ts`, mode: 'ontvangst' });
}

/**
 * What /balie needs for its first answer beyond widget.js: the engine chunk, the desk chunk and
 * the forms chunk the desk's referral form imports.
 * Preloaded from the page itself, they are requested together with widget.js instead of one round
 * trip after it (issue 17: no waterfall on a cold start). Their names carry a content hash, so the
 * build writes them in.
 */
const DESK_PRELOADS = ['engine', 'desk', 'forms'];

/** Plain HTML, CSS and a small script: copied as they are, no inline scripts or styles (strict CSP). */
async function copyPages() {
  await cp(`${root}widget/pages`, outDir, { recursive: true });
  const balie = `${outDir}/balie.html`;
  const links = DESK_PRELOADS.map((name) => {
    const file = widgetChunks.get(name);
    if (!file) throw new Error(`build: the widget has no ${name} chunk to preload in /balie`);
    return `<link rel="modulepreload" href="/${file}" />`;
  });
  const html = await readFile(balie, 'utf8');
  const script = '<script type="module" src="/widget.js"></script>';
  if (!html.includes(script)) throw new Error('build: /balie does not load /widget.js as expected');
  await writeFile(balie, html.replace(script, `${script}\n    ${links.join('\n    ')}`));
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
