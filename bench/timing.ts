/** Timings for the benchmarks: medians and p99 over many runs, never a single one. */

export interface Stats {
  runs: number;
  median: number;
  p99: number;
}

/** What `npm run bench` checks a measurement against. */
export interface Target {
  name: string;
  value: string;
  target: string;
  met: boolean;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;
  return { runs: sorted.length, median: at(0.5), p99: at(0.99) };
}

export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Per-call timings of `run` over `inputs`, after one warm-up pass. */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, repeat: number): number[] {
  for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let r = 0; r < repeat; r++) for (const input of inputs) samples.push(time(() => run(input)));
  return samples;
}

/** Milliseconds as the bench prints them. */
export const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
