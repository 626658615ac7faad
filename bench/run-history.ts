/**
 * The last runs of `npm run bench`, kept in bench/results.json beside the full figures of the
 * latest: issue 17 asks for three consecutive runs that meet every target, each with the load
 * average it ran under, and on a shared machine a figure means little without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import type { Target } from './timing';

/** Enough for three consecutive runs and a few before them. */
const KEPT_RUNS = 10;

export interface RunSummary {
  date: string;
  /** 1, 5 and 15 minute load averages when the run started and when it ended. */
  loadAverage: { start: number[]; end: number[] };
  /** Whether the load test ran (`--no-load` skips it). */
  withLoadTest: boolean;
  /** route / healthz with all tenants and aliases in random order, when the load test ran. */
  routeToHealthz: number | null;
  targetsMet: number;
  targetsTotal: number;
  notMet: string[];
}

/** The runs recorded in `path` (none when it is missing or from before this history). */
export function readRunHistory(path: URL): RunSummary[] {
  if (!existsSync(path)) return [];
  try {
    const { history } = JSON.parse(readFileSync(path, 'utf8')) as { history?: unknown };
    return Array.isArray(history) ? (history as RunSummary[]) : [];
  } catch {
    return [];
  }
}

/** The history with this run added, oldest first, at most KEPT_RUNS long. */
export function withRun(
  history: readonly RunSummary[],
  run: Omit<RunSummary, 'targetsMet' | 'targetsTotal' | 'notMet'>,
  targets: readonly Target[],
) {
  const summary: RunSummary = {
    ...run,
    targetsMet: targets.filter((target) => target.met).length,
    targetsTotal: targets.length,
    notMet: targets.filter((target) => !target.met).map((target) => target.name),
  };
  return [...history, summary].slice(-KEPT_RUNS);
}

/** The load average now, rounded to two decimals. */
export const loadAverageNow = (): number[] => os.loadavg().map((load) => Math.round(load * 100) / 100);
