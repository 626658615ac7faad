/**
 * `node --expose-gc --import tsx bench/national-index.ts`: the cost of the national layer (issue 11).
 * Load time of the shipped index (JSON parse + load, as a fresh isolate pays it), its heap, and
 * route time in-process for Voorbeeldstad's dev questions with and without it. Medians and p99.
 */
import { readFileSync } from 'node:fs';
import { parseContent } from '../core/content/parse-content';
import { parseQuestionsTsv } from '../core/io/questions-tsv';
import { loadNationalIndex, type NationalIndex, type SerialisedNationalIndex } from '../core/national/national-index';
import { createEngine } from '../core/routing/create-engine';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('Run with node --expose-gc');
const json = readFileSync(new URL('../data/national/national-index.json', import.meta.url), 'utf8');

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

const loads: number[] = [];
const builds: number[] = [];
for (let i = 0; i < 50; i++) {
  const start = performance.now();
  const data = JSON.parse(json) as SerialisedNationalIndex;
  const parsed = performance.now();
  loadNationalIndex(data);
  loads.push(performance.now() - start);
  builds.push(performance.now() - parsed);
}

// Heap per index: ten kept at once, so one collection's noise does not decide the figure.
const KEPT = 10;
gc();
const before = process.memoryUsage().heapUsed;
const kept: NationalIndex[] = Array.from({ length: KEPT }, () => loadNationalIndex(JSON.parse(json) as SerialisedNationalIndex));
gc();
const heap = (process.memoryUsage().heapUsed - before) / KEPT;

const parsed = parseContent(JSON.parse(readFileSync(new URL('../data/voorbeeldstad.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/voorbeeldstad.json is invalid');
const engine = createEngine(parsed.content);
const questions = parseQuestionsTsv(readFileSync(new URL('../tests/fixtures/questions.dev.tsv', import.meta.url), 'utf8')).map(
  (q) => q.question,
);
const national = kept[0]!;
const time = (withNational: boolean) => {
  const times: number[] = [];
  for (let round = 0; round < 40; round++) {
    for (const question of questions) {
      const start = performance.now();
      engine.route(question, withNational ? { national } : {});
      times.push(performance.now() - start);
    }
  }
  return times.slice(questions.length * 5); // the first rounds warm up
};
const without = time(false);
const withIt = time(true);
const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(
  JSON.stringify(
    {
      serialisedKiB: Math.round(json.length / 1024),
      loadMs: { median: ms(percentile(loads, 0.5)), p99: ms(percentile(loads, 0.99)), withoutJsonParseMedian: ms(percentile(builds, 0.5)) },
      heapKiB: Math.round(heap / 1024),
      routeMs: {
        withoutNational: { median: ms(percentile(without, 0.5)), p99: ms(percentile(without, 0.99)) },
        withNational: { median: ms(percentile(withIt, 0.5)), p99: ms(percentile(withIt, 0.99)) },
      },
    },
    null,
    2,
  ),
);
