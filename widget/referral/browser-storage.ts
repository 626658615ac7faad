/**
 * localStorage when the browser allows it; private modes and locked-down profiles may throw. Apart
 * from desk-memory.ts so that widget.js, which looks for queued corrections, carries only this.
 */
export type BrowserStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function browserStorage(): BrowserStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
