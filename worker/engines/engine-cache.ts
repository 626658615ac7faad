/**
 * Loaded engines per isolate. An engine is immutable for its `tenant@version`, so a cached one
 * never goes stale: publishing makes requests ask for a new key. The least recently used entry
 * goes when the cache is full, which bounds memory in an isolate that serves many tenants.
 */
import type { Engine } from '../../core/routing/engine';

export interface EngineCacheOptions {
  /** Entries kept; a loaded Voorbeeldstad engine is a few hundred kB. */
  maxEntries?: number;
}

export interface EngineCache {
  /** The engine for this version; `load` runs only on a miss, and concurrent misses share it. */
  get(tenantId: string, version: number, load: () => Promise<Engine>): Promise<Engine>;
  readonly size: number;
}

export function createEngineCache({ maxEntries = 64 }: EngineCacheOptions = {}): EngineCache {
  // A Map iterates in insertion order, so re-inserting on a hit keeps the oldest entry first.
  // It holds promises, so a second request during a load waits for the same one.
  const entries = new Map<string, Promise<Engine>>();

  return {
    get(tenantId, version, load) {
      const key = `${tenantId}@${version}`;
      const cached = entries.get(key);
      if (cached) {
        entries.delete(key);
        entries.set(key, cached);
        return cached;
      }
      const loading = load();
      entries.set(key, loading);
      // A failed load must not stick: the next request tries again.
      loading.catch(() => {
        if (entries.get(key) === loading) entries.delete(key);
      });
      const oldest = entries.keys().next();
      if (entries.size > maxEntries && !oldest.done) entries.delete(oldest.value);
      return loading;
    },
    get size() {
      return entries.size;
    },
  };
}
