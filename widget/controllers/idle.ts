/**
 * Run work when the browser is idle, so building the search index never delays the host page's
 * own first paint or input. Falls back to a timeout where requestIdleCallback is missing (Safari).
 */
export type Cancel = () => void;

export function whenIdle(work: () => void, timeoutMs = 2000): Cancel {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(work, { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}
