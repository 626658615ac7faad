/**
 * The rate limiters of wrangler dev and the vitest pool count in windows aligned to the wall
 * clock (a new one every full minute), so a test that sends more than a limit must not straddle
 * the turn of a minute, or its counts start again half-way. Call this before such a test.
 */
const WINDOW_MS = 60_000;

/** Waits for the next window when fewer than `neededMs` of the current one are left. */
export async function freshRateWindow(neededMs = RATE_TEST_TIMEOUT_MS): Promise<void> {
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

/**
 * How long a test that fills a limit may take: 60 requests take a few seconds alone, and much
 * longer on a machine busy with other tests. The test then still ends inside its window.
 */
export const RATE_TEST_TIMEOUT_MS = 30_000;

/** For `beforeEach(freshRateWindow, RATE_WINDOW_HOOK_TIMEOUT_MS)`: the wait can be half a window. */
export const RATE_WINDOW_HOOK_TIMEOUT_MS = 35_000;
