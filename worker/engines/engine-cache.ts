/**
 * Loaded engines per isolate. An engine is immutable for its published version, so a cached one
 * never goes stale: publishing makes requests ask for a new key. The least recently used entries
 * go when the cache holds too many engines or too many estimated bytes, which bounds memory in an
 * isolate that serves all tenants (the isolate limit is 128 MB).
 *
 * Only loaded engines are shared. A load in progress belongs to the request that started it:
 * workerd does not resume a request that waits on another request's I/O once that request has
 * been cancelled (it reports "code had hung"), which the load test showed under load with many
 * tenants. Two concurrent misses on one key therefore both load; the first to finish is kept.
 */
import type { Engine } from '../../core/routing/engine';

export interface EngineCacheOptions {
  /** Entries kept at most. */
  maxEntries?: number;
  /** Estimated bytes kept at most, summed over `weigh` of the loaded engines. */
  maxBytes?: number;
  /** Estimated heap bytes of a loaded engine; 0 when unknown (then only `maxEntries` bounds it). */
  weigh?: (engine: Engine) => number;
}

export interface EngineCache {
  /** The engine for this key (one published version, see tenant-engines.ts); `load` runs only on a miss. */
  get: (key: string, load: () => Promise<Engine>) => Promise<Engine>;
  readonly size: number;
  /** Estimated bytes of the engines held now. */
  readonly bytes: number;
  /**
   * Weighs the engine held under `key` again (its weight grew: tenant-engines.ts, when its whole
   * content is read) and evicts the oldest others until the bounds hold again.
   */
  reweigh: (key: string) => void;
}

interface Entry {
  engine: Engine;
  bytes: number;
}

export function createEngineCache({ maxEntries = 64, maxBytes = Infinity, weigh = () => 0 }: EngineCacheOptions = {}): EngineCache {
  // A Map iterates in insertion order, so re-inserting on a hit keeps the oldest entry first.
  const entries = new Map<string, Entry>();
  let bytes = 0;

  /** Drops the oldest entries until both bounds hold; `keep` (the newest) always stays. */
  function evict(keep: string) {
    for (const [key, entry] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) return;
      if (key === keep) continue;
      entries.delete(key);
      bytes -= entry.bytes;
    }
  }

  return {
    async get(key, load) {
      const cached = entries.get(key);
      if (cached) {
        entries.delete(key);
        entries.set(key, cached);
        return cached.engine;
      }
      const engine = await load();
      // Another request may have loaded the same version meanwhile: keep one of them.
      const raced = entries.get(key);
      if (raced) return raced.engine;
      const entry = { engine, bytes: weigh(engine) };
      entries.set(key, entry);
      bytes += entry.bytes;
      evict(key);
      return engine;
    },
    reweigh(key) {
      const entry = entries.get(key);
      if (!entry) return;
      const weight = weigh(entry.engine);
      bytes += weight - entry.bytes;
      entry.bytes = weight;
      evict(key);
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
