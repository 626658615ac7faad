/**
 * Loaded engines per isolate. An engine is immutable for its `tenant@version`, so a cached one
 * never goes stale: publishing makes requests ask for a new key. The least recently used entries
 * go when the cache holds too many engines or too many estimated bytes, which bounds memory in an
 * isolate that serves all tenants (the isolate limit is 128 MB).
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
  /** The engine for this version; `load` runs only on a miss, and concurrent misses share it. */
  get(tenantId: string, version: number, load: () => Promise<Engine>): Promise<Engine>;
  readonly size: number;
  /** Estimated bytes of the loaded engines held now. */
  readonly bytes: number;
}

interface Entry {
  engine: Promise<Engine>;
  /** Known once loaded. */
  bytes: number;
}

export function createEngineCache({ maxEntries = 64, maxBytes = Infinity, weigh = () => 0 }: EngineCacheOptions = {}): EngineCache {
  // A Map iterates in insertion order, so re-inserting on a hit keeps the oldest entry first.
  // It holds promises, so a second request during a load waits for the same one.
  const entries = new Map<string, Entry>();
  let bytes = 0;

  function remove(key: string, entry: Entry) {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  /** Drops the oldest entries until both bounds hold; `keep` (the newest) always stays. */
  function evict(keep: string) {
    for (const [key, entry] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) return;
      if (key !== keep) remove(key, entry);
    }
  }

  return {
    get(tenantId, version, load) {
      const key = `${tenantId}@${version}`;
      const cached = entries.get(key);
      if (cached) {
        entries.delete(key);
        entries.set(key, cached);
        return cached.engine;
      }
      const entry: Entry = { engine: load(), bytes: 0 };
      entries.set(key, entry);
      evict(key);
      entry.engine.then(
        (engine) => {
          if (entries.get(key) !== entry) return;
          entry.bytes = weigh(engine);
          bytes += entry.bytes;
          evict(key);
        },
        // A failed load must not stick: the next request tries again.
        () => remove(key, entry),
      );
      return entry.engine;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
