/**
 * A per-isolate memo of small lookups that every public request makes (is this name an alias,
 * which version does the tenant serve), so a hot `/route` reads nothing from D1. An entry lives
 * `ttlMs` at most: a change made in another isolate (or by a script) shows within that time,
 * one made in this isolate at once, because its writer calls `forget`.
 */
export interface RecentLookupsOptions {
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

export interface RecentLookups<T> {
  /** The remembered value for `key`, or `lookup`'s, remembered from now on. */
  get: (key: string, lookup: () => Promise<T>) => Promise<T>;
  forget: (key: string) => void;
  /** Forgets every key: the database itself was replaced (the worker tests empty it between files). */
  clear: () => void;
}

export function createRecentLookups<T>({ ttlMs, maxEntries = 2048, now = Date.now }: RecentLookupsOptions): RecentLookups<T> {
  // Settled values only: a pending lookup is never shared between requests.
  const entries = new Map<string, { value: T; expires: number }>();
  return {
    async get(key, lookup) {
      const entry = entries.get(key);
      if (entry && entry.expires > now()) return entry.value;
      const value = await lookup();
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
      const oldest = entries.keys().next();
      if (entries.size > maxEntries && !oldest.done) entries.delete(oldest.value);
      return value;
    },
    forget(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}
