/**
 * Where the widget keeps the last good bundle between visits, so it still answers when the API
 * cannot be reached. Behind a tiny async interface of bytes: Cache Storage in the page, memory in
 * tests. The compact bundle is kept gzipped, as it came; the JSON bundle as its UTF-8 text.
 *
 * Cache Storage, not localStorage: it stores the bytes without blocking the page, where
 * localStorage writes synchronously and a 1,000-topic bundle (about 1 MB as JSON) would hold up
 * the host page for tens of milliseconds. It may refuse (private mode, a full disk): then the
 * widget simply works without an offline copy.
 */
/** Bytes on their own ArrayBuffer, as a Response body takes them. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface BundleStorage {
  read: (key: string) => Promise<Bytes | null>;
  write: (key: string, bytes: Bytes) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

const CACHE_NAME = 'loketwijzer-bundles';

export function cacheBundleStorage(caches: CacheStorage): BundleStorage {
  return {
    async read(key) {
      const response = await caches.match(key, { cacheName: CACHE_NAME }).catch(() => undefined);
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    async write(key, bytes) {
      const cache = await caches.open(CACHE_NAME);
      await cache.put(key, new Response(bytes));
    },
    async remove(key) {
      await (await caches.open(CACHE_NAME)).delete(key);
    },
  };
}

/**
 * Cache Storage exists only in secure contexts (https, localhost); elsewhere nothing is kept. Not
 * even in memory: each load of a bundle makes a storage of its own, so a copy there would never be read.
 */
export function defaultBundleStorage(): BundleStorage {
  return typeof globalThis.caches === 'object'
    ? cacheBundleStorage(globalThis.caches)
    : { read: async () => null, write: async () => undefined, remove: async () => undefined };
}

/** A storage that keeps its copies for as long as it exists: for tests. */
export function memoryBundleStorage(): BundleStorage {
  const items = new Map<string, Bytes>();
  return {
    read: async (key) => items.get(key) ?? null,
    write: async (key, bytes) => void items.set(key, bytes),
    remove: async (key) => void items.delete(key),
  };
}
