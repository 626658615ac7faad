/**
 * `npx tsx bench/browser-timing.ts [--loads 8]`: a cold desk in a browser, side by side with a
 * peer chat widget in the same run (issue 17). Chromium (tests/browser/support/browser.ts) under
 * the conditions of the issue: 1.6 Mbit/s, 150 ms latency per request and the CPU throttled 4×,
 * through the DevTools protocol; a fresh context (no cache, no storage) per load.
 *
 * Per load it reports, in the page's own clock (performance.now(), from navigation start):
 * - when the question field is there (Loketwijzer's combobox in /balie; deep-chat's text input);
 * - the first question: from the Enter key to the frame after the answer (Loketwijzer's
 *   `lw-advice` event, deep-chat's `message` event for the reply);
 * - later questions the same way, in the same page.
 * Then medians over the loads. Loketwijzer runs as `npm start` does (scripts/start.ts, local D1
 * with Voorbeeldstad); the peer is deep-chat (npm package, one file) on a minimal page, answered
 * by a local handler, served by a static server of this script on the loopback interface only.
 * Writes bench/browser-results.json with the machine and its load average.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../tests/browser/support/browser';
import { freePort, startServer } from '../tests/browser/support/server';

const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (1.6e6 / 8) | 0 };
const CPU_SLOWDOWN = 4;
const QUESTIONS = ['ik heb schulden', 'mijn paspoort is verlopen', 'ik wil huurtoeslag aanvragen', 'ik ben verhuisd naar een ander adres'];

interface LoadTiming {
  fieldMs: number;
  firstQuestionMs: number;
  laterQuestionMs: number[];
}

interface PeerPage {
  name: string;
  url: string;
  /** In the page: the question field, or null while it is not there. */
  findField: string;
  /** In the page: the event on `document` or the widget that says an answer is shown. */
  answerEvent: string;
}

/**
 * Runs before the page's scripts: records when the field first appears (checked every frame),
 * the time of each Enter key, and the frame after each answer event.
 */
function instrument(findField: string, answerEvent: string): string {
  return `(() => {
    const findField = ${findField};
    const timing = (window.__timing = { field: null, enters: [], answers: [] });
    const poll = () => {
      if (timing.field === null && findField()) timing.field = performance.now();
      if (timing.field === null) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    addEventListener('keydown', (event) => { if (event.key === 'Enter') timing.enters.push(performance.now()); }, true);
    ${answerEvent}((() => requestAnimationFrame(() => timing.answers.push(performance.now()))));
  })();`;
}

/** Finds an element through open shadow roots. */
const DEEP_QUERY = `(root, selector) => {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    const found = node.querySelector(selector);
    if (found) return found;
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) stack.push(element.shadowRoot);
  }
  return null;
}`;

const LOKETWIJZER = (url: string): PeerPage => ({
  name: 'Loketwijzer /balie',
  url: `${url}/balie`,
  findField: `() => (${DEEP_QUERY})(document, '[role="combobox"]')`,
  answerEvent: `((done) => document.addEventListener('lw-advice', done))`,
});

const DEEP_CHAT = (url: string): PeerPage => ({
  name: 'deep-chat 2.4.2',
  url: `${url}/deep-chat.html`,
  findField: `() => (${DEEP_QUERY})(document, '#text-input')`,
  // deep-chat fires "message" for the user's message too; its reply is the one with role "ai".
  answerEvent: `((done) => document.addEventListener('message', (event) => { if (event.detail?.message?.role === 'ai') done(); }, true))`,
});

const PEER_HTML = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>deep-chat</title>
<script type="module" src="/deepChat.bundle.js"></script></head>
<body><main><deep-chat id="chat" style="width: 100%; height: 480px"></deep-chat></main>
<script type="module">
  const chat = document.getElementById('chat');
  // Answered in the page, as Loketwijzer answers from its bundle: no server round trip in either.
  chat.connect = { handler: (body, signals) => signals.onResponse({ text: 'Ga naar het Sociaal Loket.' }) };
</script></body></html>`;

/** The peer page and deep-chat's one file, on 127.0.0.1 only. */
function startPeerServer(port: number): Promise<Server> {
  const bundle = readFileSync(new URL('../node_modules/deep-chat/dist/deepChat.bundle.js', import.meta.url));
  const server = createServer((request, response) => {
    if (request.url === '/deep-chat.html') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PEER_HTML);
    else if (request.url === '/deepChat.bundle.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
    else response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function throttled(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

interface PageTiming {
  field: number | null;
  enters: number[];
  answers: number[];
}

const readTiming = (page: Page) => page.evaluate(() => (window as unknown as { __timing: PageTiming }).__timing);

async function measureLoad(context: BrowserContext, peer: PeerPage): Promise<LoadTiming> {
  const page = await throttled(context);
  await page.addInitScript(instrument(peer.findField, peer.answerEvent));
  await page.goto(peer.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __timing?: PageTiming }).__timing?.field != null, undefined, {
    timeout: 60_000,
  });
  const { field } = await readTiming(page);
  const durations: number[] = [];
  for (const [at, question] of QUESTIONS.entries()) {
    const input = page.locator(peer.name.startsWith('Loketwijzer') ? '[role="combobox"]' : '#text-input');
    await input.click();
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => (window as unknown as { __timing: PageTiming }).__timing.answers.length >= count, at + 1, {
      timeout: 60_000,
    });
    const timing = await readTiming(page);
    durations.push(timing.answers[at]! - timing.enters[timing.enters.length - 1]!);
    // Give the page a quiet moment between questions, as a person would.
    await page.waitForTimeout(500);
  }
  await page.close();
  return { fieldMs: field ?? NaN, firstQuestionMs: durations[0]!, laterQuestionMs: durations.slice(1) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 === 1 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { loads: { type: 'string', default: '8' } } });
  const loads = Number(values.loads);
  const loketwijzer = await startServer({ timeoutMs: 300_000 });
  const peerPort = await freePort();
  const peerServer = await startPeerServer(peerPort);
  const browser = await launchBrowser();
  const pages = [LOKETWIJZER(loketwijzer.url), DEEP_CHAT(`http://127.0.0.1:${peerPort}`)];
  const runs = new Map<string, LoadTiming[]>(pages.map((peer) => [peer.name, []]));
  const loadAverageBefore = os.loadavg();
  try {
    // Alternating, so that both pages meet the same moments of a busy machine.
    for (let load = 0; load < loads; load++) {
      for (const peer of pages) {
        const context = await newContext(browser, peer.url);
        try {
          runs.get(peer.name)!.push(await measureLoad(context, peer));
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    peerServer.close();
    await loketwijzer.stop();
  }
  const summary = pages.map(({ name }) => {
    const timings = runs.get(name)!;
    return {
      page: name,
      loads: timings.length,
      fieldMs: median(timings.map((t) => t.fieldMs)),
      firstQuestionMs: median(timings.map((t) => t.firstQuestionMs)),
      laterQuestionMs: median(timings.flatMap((t) => t.laterQuestionMs)),
      // Per question its own median: one slow question (a chunk it waits for) hides in the median of all later ones.
      perQuestionMs: QUESTIONS.map((_question, at) =>
        median(timings.map((t) => (at === 0 ? t.firstQuestionMs : t.laterQuestionMs[at - 1]!))),
      ),
      runs: timings,
    };
  });
  const [ours, peer] = summary;
  const machine = {
    cores: os.cpus().length,
    node: process.version,
    loadAverageBefore: loadAverageBefore.map((l) => Math.round(l * 100) / 100),
    loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
  console.log(`browser timing, ${loads} fresh loads each, 1.6 Mbit/s, 150 ms latency, CPU ${CPU_SLOWDOWN}× slower; medians:`);
  for (const s of summary) {
    console.log(
      `  ${s.page.padEnd(20)} question field ${s.fieldMs.toFixed(0)} ms, first question ${s.firstQuestionMs.toFixed(1)} ms, later questions ${s.laterQuestionMs.toFixed(1)} ms`,
    );
    console.log(
      `  ${''.padEnd(20)} per question: ${QUESTIONS.map((question, at) => `"${question}" ${s.perQuestionMs[at]!.toFixed(1)} ms`).join(', ')}`,
    );
  }
  if (ours && peer) {
    console.log(
      `  field: Loketwijzer / peer = ${(ours.fieldMs / peer.fieldMs).toFixed(2)} (target ≤ 0.67); first / later question = ${(ours.firstQuestionMs / ours.laterQuestionMs).toFixed(2)} (target ≤ 2.5)`,
    );
  }
  console.log(`  load average before ${machine.loadAverageBefore.join(' ')}, after ${machine.loadAverageAfter.join(' ')}`);
  writeFileSync(
    new URL('./browser-results.json', import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), machine, network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, summary }, null, 2)}\n`,
  );
}

await main();
